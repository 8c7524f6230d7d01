using Extractor.Cli;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

public class EvalNerCliTests
{
    private const string Conll = "-DOCSTART- O\n\nRick B-PER\nSmith I-PER\nleft O\nthe O\nKCPD B-ORG\n. O\n";

    [Fact]
    public async Task Eval_ner_writes_each_token_with_gold_and_predicted_tags()
    {
        using var temp = new TempFolder();
        var file = temp.File("mini.conll", Conll);
        var predictions = Path.Combine(temp.Path, "mini.pred");
        var run = await CliRunner.RunAsync("eval", "ner", file, "--predictions", predictions);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("overall", run.Stdout);
        var lines = File.ReadAllLines(predictions).Where(l => l.Length > 0).Select(l => l.Split(' ')).ToList();
        Assert.Equal(["Rick", "Smith", "left", "the", "KCPD", "."], lines.Select(l => l[0]));
        Assert.Equal(["B-PER", "I-PER", "O", "O", "B-ORG", "O"], lines.Select(l => l[1]));
        Assert.All(lines, l => Assert.Equal(3, l.Length));
    }

    [Fact]
    public async Task A_missing_model_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var run = await CliRunner.RunAsync("eval", "ner", temp.File("mini.conll", Conll), "--model", "/nonexistent/ner.bin");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("no such model", run.Stderr);
    }

    [Theory]
    [InlineData("EXTRNER1")] // a model from before the two-table format
    [InlineData("EXTRNER2")] // the current format, cut short
    public async Task A_model_that_cannot_be_loaded_gets_exit_code_4_and_its_path(string magic)
    {
        using var temp = new TempFolder();
        var model = temp.File("broken.bin", magic + "\u0014\0\0\0\t\0\0\0\u0002\0\0\0");
        temp.File("broken-gazetteer.tsv", "");
        var run = await CliRunner.RunAsync("eval", "ner", temp.File("mini.conll", Conll), "--model", model);
        Assert.Equal(ExitCodes.ModelError, run.ExitCode);
        Assert.Contains("broken.bin", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr); // a message, not a stack trace
    }
}
