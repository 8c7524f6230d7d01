using System.CommandLine;

namespace Extractor.Cli;

/// <summary><c>extractor eval</c>: the stage evaluations, one subcommand per stage, one output style.</summary>
public static class EvalCommand
{
    public static Command Create(CliConsole console) => new("eval",
        "Measure a stage against annotated data and print precision, recall and F1.\n\n" +
        "Examples:\n" +
        "  extractor eval timex ../shared/data/timex/te3-platinum\n" +
        "  extractor eval ner ../shared/data/ner/conll2003/test.conll")
    {
        EvalTimexCommand.Create(console),
        EvalNerCommand.Create(console),
        EvalSpeechCommand.Create(console),
    };
}
