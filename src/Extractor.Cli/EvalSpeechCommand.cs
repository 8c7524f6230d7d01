using System.CommandLine;
using Extractor.Evaluation;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Sources;

namespace Extractor.Cli;

/// <summary>
/// <c>extractor eval speech FILE</c>: on reported-speech events whose sentence holds a direct quote, how often a
/// quote found in that sentence has the event's gold source as its speaker.
/// </summary>
public static class EvalSpeechCommand
{
    private static readonly Argument<FileInfo> File = new("FILE")
    {
        Description = "speech_events.jsonl (MEANTIME reported speech). E.g. ../shared/data/quotes/meantime-speech/speech_events.jsonl",
    };

    private static readonly Option<bool> Details = new("--details")
    {
        Description = "List the events whose speaker was not found. E.g. --details",
    };

    public static Command Create(CliConsole console)
    {
        var command = new Command("speech", "Score quote speakers on reported-speech events that have a direct quote in their sentence.") { File, Details };
        command.SetAction(parse => Run(parse, console));
        return command;
    }

    private static int Run(ParseResult parse, CliConsole console)
    {
        var file = parse.GetValue(File)!;
        if (!file.Exists)
        {
            console.Error.WriteLine($"extractor: no such file: {file.FullName}");
            return ExitCodes.Usage;
        }
        using var output = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
        var events = SpeechEvents.Read(file.FullName);
        // Counted: speech verbs (not cognition cues such as "expected"), a named source (a pronoun's antecedent lies
        // outside the sentence), and a direct quote of four or more words in the sentence.
        var counted = events.Where(e => e.Sources.Count > 0 && SpeechEvents.IsSpeechVerb(e.Cue) && !SpeechEvents.IsPronoun(e.Sources[0])
                                        && SpeechEvents.HasDirectQuote(e.Sentence)).ToList();
        var pipeline = ExtractionPipeline.CreateDefault();
        var found = 0;
        foreach (var speech in counted)
        {
            var article = pipeline.Process(new SourceDocument { Source = speech.Document, Kind = ContentKind.PlainText, Text = speech.Sentence });
            if (article.Quotes.Any(q => SpeechEvents.SamePerson(q.Speaker, speech.Sources)))
                found++;
            else if (parse.GetValue(Details))
                output.WriteLine($"  not found: {speech.Sources[0]} | {string.Join("; ", article.Quotes.Select(q => q.Speaker ?? "null"))} | {speech.Sentence}");
        }
        output.WriteLine($"events: {events.Count}; counted (speech verb, named source, a direct quote of 4+ words in the sentence): {counted.Count}");
        output.WriteLine($"speaker found (a quote of the sentence attributed to the gold source): {found}/{counted.Count} = {(counted.Count == 0 ? 0 : (double)found / counted.Count):0.000}");
        return ExitCodes.Ok;
    }
}
