using System.Diagnostics;
using System.Text.Json;
using Extractor.Cli;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>Issue 15, items 10 and 12: how a run ends when its reader goes away or it is told to stop.</summary>
public class ProcessEndTests
{
    private static string ManyArticles(TempFolder temp, int count)
    {
        var text = File.ReadAllText(RepoPaths.Kctv);
        for (var i = 0; i < count; i++)
            temp.File($"many/a{i:D3}.txt", text);
        return Path.Combine(temp.Path, "many");
    }

    private static Process Start(params string[] args) => Process.Start(CliProcess.StartInfo(args))!;

    [Fact]
    public async Task A_closed_standard_output_stops_the_run_with_exit_3()
    {
        using var temp = new TempFolder();
        using var process = Start("extract", ManyArticles(temp, 100), "--format", "jsonl", "--parallel", "1");
        var stderr = process.StandardError.ReadToEndAsync();

        var first = await process.StandardOutput.ReadLineAsync(); // what `| head -1` does: one line, then close
        process.StandardOutput.Close();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(limit.Token);

        Assert.NotNull(first);
        Assert.Equal(ExitCodes.OutputError, process.ExitCode);
        Assert.Contains("broken pipe", await stderr);
        Assert.DoesNotContain("100 documents", await stderr);
    }

    [Fact]
    public async Task Sigterm_stops_the_run_with_exit_143_and_whole_records()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "out.jsonl");
        using var process = Start("extract", ManyArticles(temp, 1000), "--format", "jsonl", "--output", output, "--parallel", "1");
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!File.Exists(output) || new FileInfo(output).Length == 0)
            await Task.Delay(50, limit.Token);

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync(limit.Token);
        await process.WaitForExitAsync(limit.Token);

        Assert.Equal(ExitCodes.Terminated, process.ExitCode);
        Assert.Contains("interrupted", await stderr);
        var lines = File.ReadAllLines(output);
        Assert.InRange(lines.Length, 1, 999);
        Assert.All(lines, line => JsonDocument.Parse(line).Dispose());
    }
}
