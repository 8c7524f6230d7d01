using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

/// <summary>The CLI run under a real pseudo-terminal, where the progress line is drawn.</summary>
public class TerminalRunTests
{
    [Fact]
    public async Task A_run_in_a_terminal_with_the_progress_line_exits_0_without_a_stack_trace()
    {
        Assert.True(TerminalRunner.Available, "util-linux 'script' is needed to run the CLI under a pseudo-terminal");
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "out.jsonl");
        var run = await TerminalRunner.RunAsync($"extract {TerminalRunner.Quote(RepoPaths.Kctv)} --format jsonl -o {TerminalRunner.Quote(output)}");
        Assert.DoesNotContain("Unhandled exception", run.Screen);
        Assert.Contains("1 ok", run.Screen);
        Assert.Equal(0, run.ExitCode);
        Assert.Single(File.ReadAllLines(output));
    }
}
