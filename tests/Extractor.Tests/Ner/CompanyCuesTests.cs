using Extractor.Ner;
using static Extractor.Tests.Support.NamedSpans;

namespace Extractor.Tests.Ner;

public class CompanyCuesTests
{
    private static readonly NameTypes SeenOften = new(
        new Dictionary<string, NameTypes.Counts> { ["Ruritania"] = new(0, 0, 25, 0) },
        new Dictionary<string, NameTypes.Counts>());

    [Theory]
    [InlineData("The streaming site Quibbly said it would close. Quibbly had 40 staff.", "Quibbly")]
    [InlineData("Quibbly founder Ann Lee said the plan was sound. Quibbly had 40 staff.", "Quibbly")]
    [InlineData("Quibbly’s CEO said the plan was sound. Quibbly had 40 staff.", "Quibbly")]
    public void A_place_the_text_presents_as_a_company_is_an_organization_in_every_mention(string text, string name)
    {
        var spans = new List<NamedSpan> { Span(name, "LOC", text), Span(name, "LOC", text, text.IndexOf(name, StringComparison.Ordinal) + 1) };
        Assert.All(CompanyCues.Apply(spans, text, NameTypes.Empty), s => Assert.Equal("ORG", s.Type));
    }

    [Theory]
    [InlineData("The Portuguese boss had been out of work.", "Portuguese", "MISC")]
    [InlineData("Ruritania founder Ann Lee was honoured.", "Ruritania", "LOC")]
    [InlineData("Farmers in Quibbly said the harvest failed.", "Quibbly", "LOC")]
    public void Nationalities_well_known_places_and_places_without_a_cue_keep_their_type(string text, string name, string type)
    {
        var spans = new List<NamedSpan> { Span(name, type, text) };
        Assert.Equal(type, CompanyCues.Apply(spans, text, SeenOften).Single().Type);
    }
}
