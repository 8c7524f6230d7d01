using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Extractor.Evaluation;
using Extractor.Pipeline;
using Extractor.Sources;

namespace Extractor.Cli;

/// <summary>
/// <c>extractor eval html FOLDER --truth FILE</c>: main-text accuracy on saved pages against their expected
/// article bodies, by the article-extraction-benchmark's measure (4-token shingles, means over pages).
/// </summary>
public static class EvalHtmlCommand
{
    private static readonly Argument<DirectoryInfo> Folder = new("FOLDER")
    {
        Description = "Pages named <id>.html or <id>.html.gz. E.g. ../shared/data/article-benchmark/html",
    };

    private static readonly Option<FileInfo> Truth = new("--truth")
    {
        Description = "The expected bodies: a JSON object {id: {\"articleBody\": …}} (the article-extraction-benchmark's ground-truth.json). E.g. --truth ../shared/data/article-benchmark/ground-truth.json",
        Required = true,
        HelpName = "FILE",
    };

    private static readonly Option<int> Details = new("--details")
    {
        Description = "List the N pages with the lowest F1. E.g. --details 10",
        HelpName = "N",
    };

    public static Command Create(CliConsole console)
    {
        var command = new Command("html", "Score main-text extraction on saved pages: shingle precision, recall and F1 (article-extraction-benchmark).")
        {
            Folder, Truth, Details,
        };
        command.SetAction(parse => Run(parse, console));
        return command;
    }

    private static int Run(ParseResult parse, CliConsole console)
    {
        var folder = parse.GetValue(Folder)!;
        var truthFile = parse.GetValue(Truth)!;
        if (!folder.Exists || !truthFile.Exists)
        {
            console.Error.WriteLine($"extractor: no such {(folder.Exists ? "file" : "folder")}: {(folder.Exists ? truthFile.FullName : folder.FullName)}");
            return ExitCodes.Usage;
        }
        using var truth = JsonDocument.Parse(File.ReadAllText(truthFile.FullName));
        var pipeline = ExtractionPipeline.CreateDefault(new PipelineOptions { WithoutModel = true }); // main text only: the tagger would only cost time
        var score = new ShingleScore();
        var pages = new List<(string Id, double F1)>();
        var missing = 0;
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var html = Read(folder.FullName, entry.Name);
            if (html is null)
            {
                missing++;
                continue;
            }
            var expected = entry.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? "" : "";
            var article = pipeline.Process(new SourceDocument { Source = entry.Name, Kind = ContentKind.Html, Bytes = html });
            var (p, r) = score.Add(article.Text, expected);
            pages.Add((entry.Name, double.IsNaN(p) || double.IsNaN(r) || p + r == 0 ? 0 : 2 * p * r / (p + r)));
        }
        using var output = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
        output.WriteLine("set                    pages  precision  recall     F1");
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-22} {1,5}  {2,9:0.000}  {3,6:0.000}  {4,5:0.000}", folder.Name, score.Pages, score.Precision, score.Recall, score.F1));
        if (missing > 0)
            console.Error.WriteLine($"extractor: {missing} page(s) of the truth file are not in {folder.FullName}");
        foreach (var (id, f1) in pages.OrderBy(p => p.F1).Take(parse.GetValue(Details)))
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0:0.000}  {1}", f1, id));
        return ExitCodes.Ok;
    }

    /// <summary>The page &lt;id&gt;.html, else &lt;id&gt;.html.gz, or null when neither is there.</summary>
    private static byte[]? Read(string folder, string id)
    {
        var plain = Path.Combine(folder, id + ".html");
        return new[] { plain, plain + ".gz" }.FirstOrDefault(File.Exists) is { } path ? EvalPages.Read(path) : null;
    }
}
