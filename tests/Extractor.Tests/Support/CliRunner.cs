using System.Text;
using System.Text.Json;
using Extractor.Cli;

namespace Extractor.Tests.Support;

/// <summary>Runs the whole CLI in-process with captured streams.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public List<JsonElement> JsonLines() => Stdout
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();

        public JsonElement Json() => JsonDocument.Parse(Stdout).RootElement.Clone();
    }

    public static async Task<Result> RunAsync(string[] args, string stdin = "")
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var console = new CliConsole(stdout, stderr, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)));
        var exit = await CliApp.RunAsync(args, console);
        return new Result(exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    public static Task<Result> RunAsync(params string[] args) => RunAsync(args, "");
}
