using Extractor.Cli;

return await CliApp.RunAsync(args, CliConsole.System());
