using System.Globalization;
using Extractor.Dates;
using Extractor.Model;
using Extractor.Pipeline;

namespace Extractor.Stages;

/// <summary>
/// The dates an article mentions, normalized against its publication date (or the --reference-date when the
/// article has none), each with its text, ISO value, granularity and offsets.
/// </summary>
public sealed class DatesStage(DateOnly? fallbackReference = null) : IStage
{
    public string Name => "dates";
    public Capability Needs => Capability.Text | Capability.Sentences | Capability.Metadata;
    public Capability Gives => Capability.Dates;

    public void Run(Article article, CancellationToken ct)
    {
        var reference = ReferenceOf(article.Published) ?? fallbackReference;
        var starts = article.Sentences.Select(s => s.Start).ToList();
        foreach (var timex in DateTagger.Tag(article.AnalysisText, reference, starts, ct))
            if (DateMentions.From(timex, article.AnalysisText) is { } mention)
                article.Dates.Add(mention);
    }

    internal static DateOnly? ReferenceOf(string? published) =>
        published is { Length: >= 10 } && DateOnly.TryParseExact(published[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
