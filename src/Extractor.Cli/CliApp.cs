using System.CommandLine;
using System.Text;
using Extractor.Ner;

namespace Extractor.Cli;

/// <summary>
/// Builds the command tree and runs it. Usage errors are reported here, once, with exit code 2; a model that
/// cannot be loaded with exit code 4.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct = default)
    {
        var root = new RootCommand(
            "Extractor turns news articles into structured data: main text, title, publication date, authors, and the " +
            "dates, organizations, officials, quotes and demands they contain.\n\n" +
            "Example:\n  extractor extract samples/kctv-2020-06-03.txt --format json")
        {
            ExtractCommand.Create(console),
            FetchCommand.Create(console),
            EvalCommand.Create(console),
            TrainCommand.Create(console),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                await console.Error.WriteLineAsync($"extractor: {error.Message}");
            var command = string.Join(' ', parse.CommandResult.Command.Name == root.Name ? ["extractor"] : new[] { "extractor", parse.CommandResult.Command.Name });
            await console.Error.WriteLineAsync($"Run '{command} --help' for usage.");
            return ExitCodes.Usage;
        }

        await using var helpOut = new StreamWriter(console.Out, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = true };
        // Signals are the caller's (Program installs TerminationSignals): System.CommandLine's own handler would
        // exit 130 for SIGTERM too and kill the run after a grace period.
        var invocation = new InvocationConfiguration { Output = helpOut, Error = console.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        try
        {
            return await parse.InvokeAsync(invocation, ct);
        }
        catch (ModelLoadException e)
        {
            await console.Error.WriteLineAsync($"extractor: {e.Message}");
            return ExitCodes.ModelError;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            // What System.CommandLine's default handler did: report the bug, exit 1.
            await console.Error.WriteLineAsync($"Unhandled exception: {e}");
            return ExitCodes.SomeDocumentsNotOk;
        }
    }
}
