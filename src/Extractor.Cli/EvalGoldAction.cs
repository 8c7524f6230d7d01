using System.CommandLine;
using System.Text.Json;
using Extractor.Evaluation.Gold;
using Extractor.Output;
using Extractor.Pipeline;
using Extractor.Sources;

namespace Extractor.Cli;

/// <summary>
/// <c>extractor eval GOLD.jsonl [--pred PRED.jsonl]</c>: scores extraction against a gold file by the rules of
/// score.py: runs extraction on the gold file's inputs (paths relative to the gold file), or scores the given
/// predictions, and prints per-field precision, recall, F1 and counts.
/// </summary>
public static class EvalGoldAction
{
    public static readonly Argument<FileInfo?> Gold = new("GOLD")
    {
        Arity = ArgumentArity.ZeroOrOne,
        Description = "A gold file: one annotated article per line (see the README's 'Measuring Extractor on your own articles'). E.g. samples/gold.jsonl",
    };

    public static readonly Option<FileInfo?> Predictions = new("--pred")
    {
        Description = "Score these records (JSON Lines, as extract writes them) instead of running extraction. E.g. --pred out.jsonl",
        HelpName = "FILE",
    };

    public static readonly Option<bool> Details = new("--details")
    {
        Description = "List, per article, the missed gold items and the unmatched predictions. E.g. --details",
    };

    public static readonly Option<string> Format = new Option<string>("--format", "-f")
    {
        Description = "text (a table) or json (one object, the same keys as score.py --json). E.g. --format json",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong("text", "json");

    public static async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken ct)
    {
        if (parse.GetValue(Gold) is not { } gold)
        {
            await console.Error.WriteLineAsync("extractor: eval needs a gold file, or a stage: eval ner|timex|speech|html (see --help)");
            return ExitCodes.Usage;
        }
        if (!gold.Exists)
        {
            await console.Error.WriteLineAsync($"extractor: no such file: {gold.FullName}");
            return ExitCodes.Usage;
        }
        List<JsonElement> goldRows;
        try
        {
            goldRows = JsonLinesFile.Read(gold.FullName);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"extractor: {e.Message}");
            return ExitCodes.Usage;
        }

        List<JsonElement> predictions;
        if (parse.GetValue(Predictions) is { } predFile)
        {
            if (!predFile.Exists)
            {
                await console.Error.WriteLineAsync($"extractor: no such file: {predFile.FullName}");
                return ExitCodes.Usage;
            }
            try
            {
                predictions = JsonLinesFile.Read(predFile.FullName);
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"extractor: --pred: {e.Message}");
                return ExitCodes.Usage;
            }
        }
        else
        {
            predictions = await ExtractAsync(goldRows, gold.DirectoryName!, ct);
        }

        var score = GoldScorer.Score(goldRows, predictions);
        using var output = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
        if (parse.GetValue(Format) == "json")
            await output.WriteLineAsync(GoldReport.ToJsonText(score));
        else
            GoldReport.WriteText(output, score, parse.GetValue(Details));
        return ExitCodes.Ok;
    }

    /// <summary>Runs the default pipeline on each gold line's input and returns the records as extract would write them.</summary>
    public static async Task<List<JsonElement>> ExtractAsync(IReadOnlyList<JsonElement> goldRows, string goldFolder, CancellationToken ct)
    {
        var inputs = goldRows.Select(g => GoldText.GetString(g, "input")).OfType<string>()
            .Select(i => UrlLoader.IsUrl(i) || Path.IsPathRooted(i) ? i : Path.Combine(goldFolder, i)).ToList();
        var pipeline = ExtractionPipeline.CreateDefault();
        using var expander = new InputExpander(new SourceOptions());
        var records = new List<JsonElement>();
        await foreach (var document in expander.ExpandAsync(inputs, ct))
            records.Add(JsonDocument.Parse(ArticleJson.Serialize(pipeline.Process(document, ct))).RootElement.Clone());
        return records;
    }
}
