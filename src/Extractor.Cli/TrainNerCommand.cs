using System.CommandLine;
using System.Diagnostics;
using Extractor.Evaluation;
using Extractor.Ner;
using Extractor.Training;

namespace Extractor.Cli;

/// <summary><c>extractor train ner</c>: trains the named-entity tagger on CoNLL files and writes model and gazetteer.</summary>
public static class TrainNerCommand
{
    private static readonly Option<FileInfo[]> Train = new("--train")
    {
        Description = "CoNLL training files (token first, BIO tag last), one or more. E.g. --train conll2003/train.conll gum-news/train.conll",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
        HelpName = "FILE",
    };

    private static readonly Option<FileInfo?> Dev = new("--dev")
    {
        Description = "A CoNLL file to score the trained model on (not trained on). E.g. --dev conll2003/dev.conll",
        HelpName = "FILE",
    };

    private static readonly Option<DirectoryInfo?> Lexicons = new("--lexicons")
    {
        Description = "Folder of lexicon TSV files compiled into the model's gazetteer. E.g. --lexicons ../shared/data/lexicons",
        HelpName = "DIR",
    };

    private static readonly Option<string> Out = new("--out")
    {
        Description = "Where to write the model; the gazetteer goes beside it as NAME-gazetteer.tsv. E.g. --out models/ner.bin",
        DefaultValueFactory = _ => "models/ner.bin",
        HelpName = "FILE",
    };

    private static readonly Option<float> L2 = new("--l2")
    {
        Description = "L2 regularization of the maximum-entropy trainer. E.g. --l2 0.00001",
        DefaultValueFactory = _ => 1e-5f,
    };

    private static readonly Option<int> Iterations = new("--iterations")
    {
        Description = "Maximum passes of the SDCA trainer over the data. E.g. --iterations 30",
        DefaultValueFactory = _ => 30,
    };

    private static readonly Option<int> Bits = new("--bits")
    {
        Description = "Feature hash size as a power of two (the model has 9 x 2^bits weights). E.g. --bits 20",
        DefaultValueFactory = _ => 20,
    };

    private static readonly Option<bool> OneWay = new("--one-way")
    {
        Description = "Train only the table that reads the previous tag (half the training and tagging time, lower accuracy)",
    };

    public static Command Create(CliConsole console)
    {
        var command = new Command("ner", "Train the named-entity tagger (PER, ORG, LOC, MISC) with ML.NET and export it.")
        {
            Train, Dev, Lexicons, Out, L2, Iterations, Bits, OneWay,
        };
        command.SetAction(parse => Run(parse, console));
        return command;
    }

    private static int Run(ParseResult parse, CliConsole console)
    {
        var files = parse.GetValue(Train)!;
        var dev = parse.GetValue(Dev);
        var lexicons = parse.GetValue(Lexicons);
        if (files.Concat(dev is null ? [] : [dev]).FirstOrDefault(f => !f.Exists) is { } missing)
            return Usage(console, $"no such file: {missing.FullName}");
        if (lexicons is { Exists: false })
            return Usage(console, $"no such folder: {lexicons.FullName}");

        using var output = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
        var clock = Stopwatch.StartNew();
        var sets = files.Select(f => ConllReader.Read(f.FullName)).ToList();
        output.WriteLine($"training data: {sets.Sum(s => s.Count)} documents from {files.Length} file(s)");

        var modelPath = parse.GetValue(Out)!;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
        var gazetteerPath = NerModelFiles.GazetteerPathFor(modelPath);
        var entries = lexicons is null ? [] : GazetteerBuilder.Build(lexicons.FullName);
        GazetteerBuilder.Write(entries, gazetteerPath);
        var gazetteer = new Gazetteer(entries);
        output.WriteLine($"gazetteer: {gazetteer.Count} phrases -> {gazetteerPath}");

        var settings = new NerTrainer.Settings(parse.GetValue(Bits), parse.GetValue(L2), parse.GetValue(Iterations), BothWays: !parse.GetValue(OneWay));
        var documents = TagSetHarmonizer.Harmonize(sets, gazetteer, settings, output.WriteLine);
        var model = NerTrainer.Train(documents, gazetteer, settings, output.WriteLine);
        model.Save(modelPath);
        output.WriteLine($"model: {modelPath} ({new FileInfo(modelPath).Length / 1024.0 / 1024.0:0.0} MB), trained in {clock.Elapsed.TotalSeconds:0} s");

        if (dev is not null)
            EvalNerCommand.Print(output, dev.Name, EvalNerCommand.Score(model, ConllReader.Read(dev.FullName)));
        return ExitCodes.Ok;
    }

    private static int Usage(CliConsole console, string message)
    {
        console.Error.WriteLine($"extractor: {message}");
        return ExitCodes.Usage;
    }
}
