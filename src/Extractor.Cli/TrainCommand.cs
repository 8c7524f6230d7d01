using System.CommandLine;

namespace Extractor.Cli;

/// <summary><c>extractor train</c>: builds the models the extractor ships in models/.</summary>
public static class TrainCommand
{
    public static Command Create(CliConsole console) => new("train",
        "Train a model from annotated data given as arguments, and save it for the extractor to load at start-up.\n\n" +
        "Example:\n" +
        "  extractor train ner --train ../shared/data/ner/conll2003/train.conll --dev ../shared/data/ner/conll2003/dev.conll --lexicons ../shared/data/lexicons --out models/ner.bin")
    {
        TrainNerCommand.Create(console),
        TrainNamesCommand.Create(console),
    };
}
