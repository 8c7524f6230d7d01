using System.Diagnostics;

namespace Extractor.Tests.Support;

/// <summary>
/// Runs the built CLI as a process of its own, for what an in-process run cannot show: the process's model
/// discovery (loaded once per process), its exit code and streams, another user's permissions.
/// </summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>The dotnet host running these tests.</summary>
    public static string Host => Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    /// <summary>The CLI's dll, copied beside the test binaries by the project reference.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "extractor.dll");

    public static async Task<Result> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null,
        bool asNobody = false, string? stdin = null)
    {
        var start = new ProcessStartInfo(asNobody ? "/usr/bin/setpriv" : Host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        var arguments = asNobody ? ["--reuid=65534", "--regid=65534", "--clear-groups", Host] : new List<string>();
        arguments.Add(Dll);
        arguments.AddRange(args);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath(); // "nobody" has no home folder
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
            await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(limit.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
