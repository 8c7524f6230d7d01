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

    /// <summary>
    /// The CLI as the user "nobody" can run it: the build folder itself when nobody can read it, else a copy in the
    /// temp folder (a clone under a private home folder, as CI's may be, is closed to other users).
    /// </summary>
    private static readonly Lazy<string> NobodysCopy = new(() =>
    {
        var probe = Process.Start(new ProcessStartInfo("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/test", "-r", Dll]))!;
        probe.WaitForExit();
        if (probe.ExitCode == 0)
            return AppContext.BaseDirectory;
        var copy = Directory.CreateTempSubdirectory("extractor-cli-").FullName;
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(AppContext.BaseDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        if (!OperatingSystem.IsWindows())
            foreach (var entry in Directory.EnumerateFileSystemEntries(copy, "*", SearchOption.AllDirectories).Append(copy))
                File.SetUnixFileMode(entry, Directory.Exists(entry) ? (UnixFileMode)0b111_101_101 : (UnixFileMode)0b110_100_100);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(copy, recursive: true);
        return copy;
    });

    /// <summary>How to start the CLI with these arguments, its streams redirected; for a test that drives the process itself.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args, bool asNobody = false)
    {
        var start = new ProcessStartInfo(asNobody ? "/usr/bin/setpriv" : Host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        var arguments = asNobody ? ["--reuid=65534", "--regid=65534", "--clear-groups", Host] : new List<string>();
        var folder = asNobody ? NobodysCopy.Value : AppContext.BaseDirectory;
        arguments.Add(Path.Combine(folder, "extractor.dll"));
        arguments.AddRange(args);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["EXTRACTOR_MODELS"] = Path.Combine(folder, "models");
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath(); // "nobody" has no home folder
        return start;
    }

    public static async Task<Result> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null,
        bool asNobody = false, string? stdin = null)
    {
        var start = StartInfo(args, asNobody);
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
