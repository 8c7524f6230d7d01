using System.CommandLine;

namespace Extractor.Cli;

/// <summary>
/// <c>extractor eval</c>: accuracy against annotated data. With a gold file, the whole extraction by the rules of
/// score.py; with a stage name, that stage on its own kind of data.
/// </summary>
public static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("eval",
            "Measure Extractor against annotated data and print precision, recall and F1.\n" +
            "  eval GOLD.jsonl [--pred PRED.jsonl]   the whole extraction against a gold file (score.py's rules)\n" +
            "  eval ner|timex|speech|html|snippets|published   one stage on its own kind of data\n\n" +
            "Examples:\n" +
            "  extractor eval samples/gold.jsonl\n" +
            "  extractor eval ../shared/data/gold-dev/gold.jsonl --details\n" +
            "  extractor eval gold.jsonl --pred out.jsonl --format json\n" +
            "  extractor eval timex ../shared/data/timex/te3-platinum\n" +
            "  extractor eval ner ../shared/data/ner/conll2003/test.conll\n" +
            "  extractor eval html ../shared/data/article-benchmark/html --truth ../shared/data/article-benchmark/ground-truth.json\n" +
            "  extractor eval snippets ../shared/data/article-snippets/expectations.jsonl --part 0/2\n" +
            "  extractor eval published ../shared/data/published-dates/expected.jsonl --part 0/2")
        {
            EvalGoldAction.Gold, EvalGoldAction.Predictions, EvalGoldAction.Details, EvalGoldAction.Format,
            EvalTimexCommand.Create(console),
            EvalNerCommand.Create(console),
            EvalSpeechCommand.Create(console),
            EvalHtmlCommand.Create(console),
            EvalSnippetsCommand.Create(console),
            EvalPublishedCommand.Create(console),
        };
        command.SetAction((parse, ct) => EvalGoldAction.RunAsync(parse, console, ct));
        return command;
    }
}
