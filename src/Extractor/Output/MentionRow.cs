using Extractor.Model;

namespace Extractor.Output;

/// <summary>One extracted item flattened to the columns of the CSV mentions table; unused columns stay empty.</summary>
public sealed record MentionRow(
    string Kind, string Text, string? Value = null, string? Name = null, string? Title = null, string? Organization = null,
    string? Speaker = null, string? Actor = null, string? Target = null, int? Start = null, int? End = null)
{
    public static IEnumerable<MentionRow> From(Article article)
    {
        foreach (var d in article.Dates)
            yield return new MentionRow("date", d.Text, Value: d.Value, Start: d.Start, End: d.End);
        foreach (var o in article.Organizations)
            yield return new MentionRow("organization", o.Name, Name: o.Name, Start: o.Mentions.FirstOrDefault()?.Start, End: o.Mentions.FirstOrDefault()?.End);
        foreach (var p in article.People)
            yield return new MentionRow("person", p.Name, Name: p.Name, Start: p.Mentions.FirstOrDefault()?.Start, End: p.Mentions.FirstOrDefault()?.End);
        foreach (var o in article.Officials)
            yield return new MentionRow("official", o.Name, Name: o.Name, Title: o.Title, Organization: o.Organization, Start: o.Start, End: o.End);
        foreach (var q in article.Quotes)
            yield return new MentionRow("quote", q.Text, Speaker: q.Speaker, Organization: q.SpeakerAffiliation, Start: q.Start, End: q.End);
        foreach (var d in article.Demands)
            yield return new MentionRow("demand", d.Text, Value: d.Action, Actor: d.Actor, Target: d.Target, Start: d.Start, End: d.End);
    }
}
