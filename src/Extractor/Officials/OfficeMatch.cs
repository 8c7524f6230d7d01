using Extractor.Text;

namespace Extractor.Officials;

/// <summary>
/// One statement of a person's office: the title as written (abbreviations written out), the body or place
/// that goes with it, and the span from title to name.
/// </summary>
public sealed record OfficeMatch(string Title, string? Organization, bool OrganizationIsBody, int Start, int End, bool FromPlural = false)
{
    public int TitleWords => Title.Count(c => c == ' ') + 1;
}

/// <summary>What the patterns read: the sentence's words, its names, and each organization mention's entity name.</summary>
public sealed record OfficeContext(Model.Article Article, List<Word> Words, List<WordSpan> Names, Dictionary<(int, int), string> OrganizationOf)
{
    public string Text => Article.AnalysisText;

    /// <summary>A name as the body of an office: an organization by its entity's fullest name, a place as written.</summary>
    public (string Name, bool IsBody) BodyName(WordSpan span) =>
        span.Name.Type == "ORG" && OrganizationOf.TryGetValue((span.Name.Start, span.Name.End), out var full) ? (full, true) : (span.Name.Text, span.Name.Type == "ORG");
}
