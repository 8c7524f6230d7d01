using Extractor.Cli;

using var signals = new TerminationSignals();
return signals.ExitCode(await CliApp.RunAsync(args, CliConsole.System(), signals.Token));
