using System.CommandLine;
using System.Globalization;
using Extractor.Evaluation;
using Extractor.Ner;

namespace Extractor.Cli;

/// <summary><c>extractor eval ner FILE...</c>: conlleval-style scores of the shipped (or a given) tagger on CoNLL files.</summary>
public static class EvalNerCommand
{
    private static readonly Argument<FileInfo[]> Files = new("FILE")
    {
        Arity = ArgumentArity.OneOrMore,
        Description = "CoNLL files with gold tags in the last column. E.g. ../shared/data/ner/conll2003/test.conll",
    };

    private static readonly Option<string?> Model = new("--model")
    {
        Description = "The model to score instead of the shipped one. E.g. --model models/ner.bin",
        HelpName = "FILE",
    };

    private static readonly Option<FileInfo?> Predictions = new("--predictions")
    {
        Description = "Also write each token with its gold and predicted tag (conlleval's input format), to read the errors. E.g. --predictions test.pred",
        HelpName = "FILE",
    };

    public static Command Create(CliConsole console)
    {
        var command = new Command("ner", "Score the named-entity tagger: exact span and type, P/R/F1 per type and overall (conlleval).")
        {
            Files, Model, Predictions,
        };
        command.SetAction(parse => Run(parse, console));
        return command;
    }

    private static int Run(ParseResult parse, CliConsole console)
    {
        var files = parse.GetValue(Files)!;
        if (files.FirstOrDefault(f => !f.Exists) is { } missing)
        {
            console.Error.WriteLine($"extractor: no such file: {missing.FullName}");
            return ExitCodes.Usage;
        }
        var modelPath = parse.GetValue(Model);
        if (modelPath is not null && !File.Exists(modelPath))
        {
            console.Error.WriteLine($"extractor: no such model: {Path.GetFullPath(modelPath)}");
            return ExitCodes.Usage;
        }
        var model = (modelPath is not null ? NerModelFiles.Load(modelPath) : NerModelFiles.LoadShipped())
                    ?? throw ModelLoadException.Missing(NerModelFiles.Places()); // exit 4, as for a corrupt model
        using var output = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
        using var predictions = parse.GetValue(Predictions) is { } target ? new StreamWriter(target.FullName) : null;
        foreach (var file in files)
            Print(output, file.Name, Score(model, ConllReader.Read(file.FullName), predictions));
        return ExitCodes.Ok;
    }

    public static ConllScore Score(NerModel model, IReadOnlyList<ConllReader.LabeledDocument> documents, TextWriter? predictions = null)
    {
        var score = new ConllScore();
        foreach (var document in documents)
        {
            var predicted = model.Tag(document.Document);
            for (var s = 0; s < predicted.Count; s++)
            {
                var labels = predicted[s].Select(l => NerLabels.All[l]).ToList();
                score.Add(document.Labels[s], labels);
                if (predictions is null)
                    continue;
                for (var i = 0; i < labels.Count; i++)
                    predictions.WriteLine($"{document.Document.Sentences[s][i]} {document.Labels[s][i]} {labels[i]}");
                predictions.WriteLine();
            }
        }
        return score;
    }

    public static void Print(TextWriter output, string name, ConllScore score)
    {
        output.WriteLine($"{name}");
        output.WriteLine("  type      gold  precision  recall     F1");
        foreach (var type in score.Types.Append(null))
        {
            var (p, r, f, gold) = score.For(type);
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0,-8} {1,5}  {2,9:0.00}  {3,6:0.00}  {4,6:0.00}", type ?? "overall", gold, p, r, f));
        }
    }
}
