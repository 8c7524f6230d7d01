using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Extractor.Evaluation;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Sources;

namespace Extractor.Cli;

/// <summary>
/// <c>extractor eval snippets EXPECTATIONS.jsonl</c>: main-text accuracy on saved pages by strings that must and
/// must not be in it (the measure of ../shared/data/article-snippets). <c>--part K/N</c> scores one part of the
/// pages by a fixed hash of their id, so that rules can be tuned on one half and checked on the other.
/// </summary>
public static class EvalSnippetsCommand
{
    private static readonly Argument<FileInfo> Expectations = new("EXPECTATIONS")
    {
        Description = "One page a line: id, page (path of the page, relative to this file), with and without (lists of strings). E.g. ../shared/data/article-snippets/expectations.jsonl",
    };

    private static readonly Option<string?> Part = EvalPages.PartOption();

    private static readonly Option<int> Details = new("--details")
    {
        Description = "List the N pages that miss most (pages with no text first). E.g. --details 10",
        HelpName = "N",
    };

    public static Command Create(CliConsole console)
    {
        var command = new Command("snippets", "Score main-text extraction by strings that must and must not be in it (article-snippets): precision, recall, F1, pages without text.")
        {
            Expectations, Part, Details,
        };
        command.SetAction(parse => Run(parse, console));
        return command;
    }

    private static int Run(ParseResult parse, CliConsole console)
    {
        if (!EvalPages.TryStart(parse, Expectations, Part, console, out var file, out var records, out var part))
            return ExitCodes.Usage;

        var pipeline = ExtractionPipeline.CreateDefault(new PipelineOptions { WithoutModel = true }); // main text only
        var score = new SnippetScore();
        var pages = new List<(string Id, SnippetScore.Page Page, string Why)>();
        var missing = 0;
        for (var index = 0; index < records.Count; index++)
        {
            var root = records[index];
            string id, page;
            try
            {
                (id, page) = (JsonLinesFile.Required(root, "id", index), JsonLinesFile.Required(root, "page", index));
            }
            catch (JsonException missingField)
            {
                console.Error.WriteLine($"extractor: {file.Name}: {missingField.Message}");
                return ExitCodes.Usage;
            }
            if (part is not null && !part.Contains(id))
                continue;
            var path = Path.Combine(file.DirectoryName!, page);
            if (!File.Exists(path))
            {
                missing++;
                continue;
            }
            var bytes = EvalPages.Read(path);
            var article = pipeline.Process(new SourceDocument { Source = path, Kind = ContentKind.Html, Bytes = bytes });
            var result = score.Add(article.Text, Strings(root, "with"), Strings(root, "without"));
            pages.Add((id, result, article.Errors.LastOrDefault() is { } e && article.Status != ArticleStatus.Ok ? $"{e.Code}: {e.Message}" : ""));
        }

        using var output = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
        output.WriteLine("set                    pages  precision  recall     F1  no text");
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-22} {1,5}  {2,9:0.000}  {3,6:0.000}  {4,5:0.000}  {5,7}",
            file.Directory!.Name + (part is null ? "" : $" {part.Index}/{part.Count}"), score.Pages, score.Precision, score.Recall, score.F1, score.PagesWithoutText));
        if (missing > 0)
            console.Error.WriteLine($"extractor: {missing} page(s) of {file.Name} are not on disk");
        foreach (var (id, page, why) in pages.OrderByDescending(p => p.Page.Found == 0 && p.Page.Missed > 0).ThenByDescending(p => p.Page.Missed + p.Page.Kept).Take(parse.GetValue(Details)))
            output.WriteLine($"  {id}  missed {page.Missed}/{page.Found + page.Missed}, kept {page.Kept}/{page.Kept + page.Left}  {why}");
        return ExitCodes.Ok;
    }

    private static IEnumerable<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)
            : [];
}
