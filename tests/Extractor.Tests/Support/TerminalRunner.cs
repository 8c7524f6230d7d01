using System.Diagnostics;

namespace Extractor.Tests.Support;

/// <summary>
/// Runs the built CLI as its own process under a pseudo-terminal (util-linux <c>script -qec</c>), as a person at a
/// terminal runs it: stderr is a tty there, so the live progress line is drawn, which in-process runs never do.
/// </summary>
public static class TerminalRunner
{
    public sealed record Result(int ExitCode, string Screen);

    public static bool Available => File.Exists("/usr/bin/script");

    /// <summary>The dotnet host and the CLI's dll, as a shell command.</summary>
    public static string CliCommand() => $"{Quote(CliProcess.Host)} {Quote(CliProcess.Dll)}";

    public static async Task<Result> RunAsync(string arguments, string? workingDirectory = null, TimeSpan? limit = null)
    {
        var start = new ProcessStartInfo("/usr/bin/script")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory ?? RepoPaths.Root,
        };
        foreach (var argument in new[] { "-qec", $"{CliCommand()} {arguments}", "/dev/null" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var screen = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit ?? TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await screen + await errors);
    }

    public static string Quote(string text) => "'" + text.Replace("'", "'\\''") + "'";
}
