using Extractor.Ner;
using static Extractor.Tests.Support.NamedSpans;

namespace Extractor.Tests.Ner;

public class EntityBuilderTests
{
    [Fact]
    public void A_person_is_one_entry_for_the_full_name_and_the_surname()
    {
        const string text = "Police Chief Rick Smith spoke. Smith said little; later Chief Smith left. Angie Ricono reported.";
        var spans = new[] { Span("Rick Smith", "PER", text), new NamedSpan("PER", "Smith", 31, 36), new NamedSpan("PER", "Smith", 62, 67), Span("Angie Ricono", "PER", text) };
        var (people, _) = EntityBuilder.Build(spans, text);
        Assert.Equal(["Rick Smith", "Angie Ricono"], people.Select(p => p.Name));
        Assert.Equal(3, people[0].Mentions.Count);
        Assert.Equal("Smith", text[people[0].Mentions[1].Start..people[0].Mentions[1].End]);
    }

    [Fact]
    public void Organizations_merge_acronyms_leading_parts_digit_suffixes_and_handles()
    {
        const string text = "The Kansas City Police Department (KCPD) and the Urban League of Kansas City met KCTV. KCPD, the Urban League and KCTV5 News agreed. @kcpolice @KCTV5 @someone";
        var spans = new[]
        {
            Span("Kansas City Police Department", "ORG", text), Span("KCPD", "ORG", text), Span("Urban League of Kansas City", "ORG", text),
            Span("KCTV", "ORG", text), Span("Urban League and", "ORG", text) with { Text = "Urban League" }, Span("KCTV5 News", "ORG", text),
        };
        var (_, organizations) = EntityBuilder.Build(spans, text);
        var police = organizations.Single(o => o.Name == "Kansas City Police Department");
        Assert.Contains("KCPD", police.Aliases);
        Assert.Contains("@kcpolice", police.Aliases);
        Assert.Contains("Urban League", organizations.Single(o => o.Name == "Urban League of Kansas City").Aliases);
        var station = organizations.Single(o => o.Aliases.Contains("KCTV") || o.Name == "KCTV");
        Assert.Contains("@KCTV5", station.Aliases.Append(station.Name));
        Assert.DoesNotContain(organizations, o => o.Aliases.Contains("@someone"));
        Assert.Equal(3, organizations.Count);
    }

    [Theory]
    [InlineData("@kcpolice", "Kansas City Police Department", true)]
    [InlineData("@KCTV5", "KCTV5", true)]
    [InlineData("@nytimes", "New York Times", true)]
    [InlineData("@angiericono", "Kansas City Police Department", false)]
    [InlineData("@police", "Kansas City Police Department", false)]
    [InlineData("@kc", "Kansas City Police Department", true)]
    public void Handles_spell_names_from_whole_words_cut_words_or_initials(string handle, string name, bool expected)
    {
        Assert.Equal(expected, EntityBuilder.HandleNames(handle, name));
    }

    [Theory]
    [InlineData("Justice Department", "Justice", false)]
    [InlineData("NAACP", "NAACP local chapter", true)]
    [InlineData("Department of Justice", "DOJ", true)] // initials with "of", as news writes them
    [InlineData("Kansas City Police Department", "KCPD", true)]
    [InlineData("Congressional Black Caucus", "Black Caucus", true)] // the head, its last words
    [InlineData("U.N. Security Council", "Security Council", true)]
    [InlineData("Royal Bank of Canada", "Bank of Canada", false)] // a name with "of" is a name of its own
    [InlineData("Congressional Black Caucus", "Caucus", false)] // one word is too little
    public void Same_organization_rules(string a, string b, bool expected)
    {
        Assert.Equal(expected, EntityBuilder.SameOrganization(a, b));
    }
}
