using System.CommandLine;
using System.Globalization;
using Extractor.Dates;
using Extractor.Evaluation;

namespace Extractor.Cli;

/// <summary>
/// <c>extractor eval timex FOLDER...</c>: tags the TimeML documents of each folder (TempEval-3 .tml, MEANTIME
/// CAT XML) with their creation date as reference and scores the DATE expressions.
/// </summary>
public static class EvalTimexCommand
{
    private static readonly Argument<DirectoryInfo[]> Folders = new("FOLDER")
    {
        Arity = ArgumentArity.OneOrMore,
        Description = "Folders of TimeML files (.tml) or MEANTIME CAT XML files (.xml), read recursively. E.g. ../shared/data/timex/te3-platinum",
    };

    private static readonly Option<bool> Details = new("--details")
    {
        Description = "Also list each missed, extra or wrongly valued expression. E.g. --details",
    };

    public static Command Create(CliConsole console)
    {
        var command = new Command("timex",
            "Score the date tagger on TimeML data: DATE expressions, strict and relaxed span P/R/F1, value accuracy on matches.")
        {
            Folders, Details,
        };
        command.SetAction(parse => Run(parse, console));
        return command;
    }

    private static int Run(ParseResult parse, CliConsole console)
    {
        var folders = parse.GetValue(Folders)!;
        using var output = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
        if (folders.FirstOrDefault(f => !f.Exists) is { } missing)
        {
            console.Error.WriteLine($"extractor: no such folder: {missing.FullName}");
            return ExitCodes.Usage;
        }
        output.WriteLine("set                    docs  gold  pred   strict P     R     F1   relaxed P     R     F1   value acc  value F1");
        foreach (var folder in folders)
        {
            var score = new TimexScore();
            foreach (var document in TimeMlReader.ReadFolder(folder.FullName))
                score.Add(document, DateTagger.Tag(document.Text, document.CreationDate));
            var (sp, sr, sf) = score.Strict;
            var (rp, rr, rf) = score.Relaxed;
            output.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{0,-22} {1,4} {2,5} {3,5}   {4,8:0.000} {5,5:0.000} {6,5:0.000}   {7,9:0.000} {8,5:0.000} {9,5:0.000}   {10,9:0.000} {11,9:0.000}",
                folder.Name, score.Documents, score.Gold, score.Predicted, sp, sr, sf, rp, rr, rf, score.ValueAccuracy, score.ValueF1));
            if (parse.GetValue(Details))
                foreach (var line in score.Misses)
                    output.WriteLine("  " + line);
        }
        return ExitCodes.Ok;
    }
}
