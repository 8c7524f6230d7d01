using System.Diagnostics;
using Extractor.Cli;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>Issue 15, item 12: what the tool says about itself agrees with what it does.</summary>
public class MessagesTests
{
    [Fact]
    public async Task Extract_help_lists_every_exit_code()
    {
        var run = await CliRunner.RunAsync("extract", "--help");
        foreach (var code in new[] { ExitCodes.Ok, ExitCodes.SomeDocumentsNotOk, ExitCodes.Usage, ExitCodes.OutputError, ExitCodes.ModelError, ExitCodes.Cancelled, ExitCodes.Terminated })
            Assert.Matches($@"\b{code} [a-zA-Z]", run.Stdout);
    }

    [Fact]
    public void The_readme_documents_every_exit_code()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        foreach (var code in new[] { ExitCodes.Ok, ExitCodes.SomeDocumentsNotOk, ExitCodes.Usage, ExitCodes.OutputError, ExitCodes.ModelError, ExitCodes.Cancelled, ExitCodes.Terminated })
            Assert.Contains($"| `{code}` |", readme);
    }

    [Fact]
    public void The_readme_option_table_has_every_extract_option()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var command = ExtractCommand.Create(new CliConsole(Stream.Null, TextWriter.Null, () => Stream.Null));
        foreach (var option in command.Options.Where(o => o.Name is not ("--help" or "-?" or "--version")))
            Assert.Contains($"`{option.Name}", readme);
    }

    [Fact]
    public async Task A_glob_that_matches_nothing_says_so_and_exits_1()
    {
        var run = await CliRunner.RunAsync("extract", RepoPaths.Samples, "--glob", "**/*.htm", "--format", "jsonl");
        Assert.Equal(ExitCodes.SomeDocumentsNotOk, run.ExitCode);
        Assert.Contains("matched no file", run.Stderr);
    }

    [Fact]
    public async Task A_glob_that_matches_reads_only_those_files()
    {
        var run = await CliRunner.RunAsync("extract", RepoPaths.Samples, "--glob", "**/*.txt", "--format", "jsonl");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Single(run.JsonLines());
    }

    [Theory]
    [InlineData("throughput.sh")]
    [InlineData("resume-shards.sh")]
    public async Task Bench_scripts_say_when_their_data_folder_is_missing(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "bench", script));
        start.ArgumentList.Add("/nonexistent/data");
        start.Environment["ARTICLES"] = "/nonexistent/data";
        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("no such folder", stderr);
    }
}
