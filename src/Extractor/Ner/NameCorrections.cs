namespace Extractor.Ner;

/// <summary>
/// The corrections applied to the tagger's names before the entity builder merges them, in order: each step
/// sees what the steps before it decided. Every rule lives in <see cref="NameRules"/> or <see cref="CompanyCues"/>,
/// with its reasons and examples.
/// </summary>
public static class NameCorrections
{
    public static List<NamedSpan> Apply(List<NamedSpan> tagged, string text, NameTypes types, CancellationToken ct = default)
    {
        // Each step is linear in the names and the text; the document's deadline is checked between steps.
        // Types and edges from what names look like: organization words, laws, titles, furniture, datelines, quoted titles.
        var spans = NameRules.Apply(tagged, text, types);
        ct.ThrowIfCancellationRequested();
        // Types from what the text says of a name: "the website Breitbart", credits, "counties such as Durham".
        spans = CompanyCues.Apply(spans, text, types);
        spans = NameRules.MarkCredits(spans, text);
        ct.ThrowIfCancellationRequested();
        spans = NameRules.TypeClassLists(spans, text);
        ct.ThrowIfCancellationRequested();
        // Names the tagger cut short or split: "University of …", "UNI Global Union", "the Nigeria Police", "Urban League of Kansas City".
        spans = NameRules.JoinOrganizationHeads(spans, text);
        spans = NameRules.ExtendOrganizationTails(spans, text);
        spans = NameRules.JoinPlaceBodies(spans, text);
        spans = NameRules.JoinChapterNames(spans, text);
        ct.ThrowIfCancellationRequested();
        // Names the tagger missed: acronyms listed with an organization, known organizations left untagged.
        spans = NameRules.AddListedAcronyms(spans, text, types);
        spans = NameRules.AddKnownOrganizations(spans, text, types);
        ct.ThrowIfCancellationRequested();
        return spans;
    }
}
