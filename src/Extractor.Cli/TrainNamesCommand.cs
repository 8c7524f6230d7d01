using System.CommandLine;
using Extractor.Training;

namespace Extractor.Cli;

/// <summary><c>extractor train names</c>: counts what each name was tagged in CoNLL files, for the entity builder.</summary>
public static class TrainNamesCommand
{
    private static readonly Option<FileInfo[]> Train = new("--train")
    {
        Description = "CoNLL files (token first, BIO tag last). E.g. --train conll2003/train.conll conll2003/dev.conll gum-news/train.conll",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
        HelpName = "FILE",
    };

    private static readonly Option<string> Out = new("--out")
    {
        Description = "Where to write the table; the extractor loads it from beside the NER model. E.g. --out models/ner-name-types.tsv",
        DefaultValueFactory = _ => "models/ner-name-types.tsv",
        HelpName = "FILE",
    };

    public static Command Create(CliConsole console)
    {
        var command = new Command("names", "Count how often each name and name word was tagged PER, ORG, LOC or MISC in CoNLL files.")
        {
            Train, Out,
        };
        command.SetAction(parse =>
        {
            var files = parse.GetValue(Train)!;
            if (files.FirstOrDefault(f => !f.Exists) is { } missing)
            {
                console.Error.WriteLine($"extractor: no such file: {missing.FullName}");
                return ExitCodes.Usage;
            }
            var (names, words) = NameTypesBuilder.Build(files.Select(f => f.FullName));
            var output = parse.GetValue(Out)!;
            NameTypesBuilder.Write(output, names, words, files.Select(f => f.FullName));
            console.Error.WriteLine($"extractor: {names.Count} names and {words.Count} words written to {output}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
