using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Extractor.Evaluation;
using Extractor.Pipeline;
using Extractor.Sources;

namespace Extractor.Cli;

/// <summary>
/// <c>extractor eval published EXPECTED.jsonl</c>: publication dates of saved pages, given without their URL, by
/// htmldate's measure (../shared/data/published-dates): accuracy, precision, recall.
/// </summary>
public static class EvalPublishedCommand
{
    private static readonly Argument<FileInfo> Expected = new("EXPECTED")
    {
        Description = "One page a line: page (path of the page, relative to this file) and published (YYYY-MM-DD or null). E.g. ../shared/data/published-dates/expected.jsonl",
    };

    private static readonly Option<string?> Part = EvalPages.PartOption();

    private static readonly Option<int> Details = new("--details")
    {
        Description = "List N pages whose date is wrong or missing, with what was found and where. E.g. --details 10",
        HelpName = "N",
    };

    public static Command Create(CliConsole console)
    {
        var command = new Command("published", "Score publication dates of saved pages (htmldate's measure): accuracy, precision, recall.")
        {
            Expected, Part, Details,
        };
        command.SetAction(parse => Run(parse, console));
        return command;
    }

    private static int Run(ParseResult parse, CliConsole console)
    {
        if (!EvalPages.TryStart(parse, Expected, Part, console, out var file, out var records, out var part))
            return ExitCodes.Usage;

        var pipeline = ExtractionPipeline.CreateDefault(new PipelineOptions { WithoutModel = true });
        var score = new PublishedDateScore();
        var wrong = new List<string>();
        var missing = 0;
        for (var index = 0; index < records.Count; index++)
        {
            var root = records[index];
            string page;
            try
            {
                page = JsonLinesFile.Required(root, "page", index);
            }
            catch (JsonException missingField)
            {
                console.Error.WriteLine($"extractor: {file.Name}: {missingField.Message}");
                return ExitCodes.Usage;
            }
            if (part is not null && !part.Contains(Path.GetFileName(page)))
                continue;
            var path = Path.Combine(file.DirectoryName!, page);
            if (!File.Exists(path))
            {
                missing++;
                continue;
            }
            var expected = root.TryGetProperty("published", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            // Without the URL, as htmldate's benchmark gives pages: a date in the address is no help here.
            var article = pipeline.Process(new SourceDocument { Source = path, Kind = ContentKind.Html, Bytes = EvalPages.Read(path) });
            var outcome = score.Add(article.Published, expected);
            if (outcome is PublishedDateScore.Outcome.FalsePositive or PublishedDateScore.Outcome.FalseNegative)
                wrong.Add($"  {Path.GetFileName(page)}  expected {expected ?? "none"}, found {article.Published ?? "none"}{(article.PublishedSource is { } from ? $" ({from})" : "")}");
        }

        using var output = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
        output.WriteLine("set                    pages  accuracy  precision  recall");
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-22} {1,5}  {2,8:0.000}  {3,9:0.000}  {4,6:0.000}",
            file.Directory!.Name + (part is null ? "" : $" {part.Index}/{part.Count}"), score.Pages, score.Accuracy, score.Precision, score.Recall));
        if (missing > 0)
            console.Error.WriteLine($"extractor: {missing} page(s) of {file.Name} are not on disk");
        foreach (var row in wrong.Take(parse.GetValue(Details)))
            output.WriteLine(row);
        return ExitCodes.Ok;
    }
}
