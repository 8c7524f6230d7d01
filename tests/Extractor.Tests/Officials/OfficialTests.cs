using Extractor.Model;
using Extractor.Officials;
using Extractor.Tests.Support;

namespace Extractor.Tests.Officials;

/// <summary>Officials through the whole pipeline: the shipped NER model finds the people, the patterns their offices.</summary>
public class OfficialTests
{
    private static Official? Of(Article article, string name) => article.Officials.SingleOrDefault(o => o.Name == name);

    [Fact]
    public void The_kctv_officials_have_title_and_body()
    {
        var article = Articles.FromText(File.ReadAllText(RepoPaths.Kctv), "kctv.txt");
        Assert.Equal(["Rick Smith", "Jean Peters Baker"], article.Officials.Select(o => o.Name));
        Assert.Equal(("Police Chief", "KCPD"), (Of(article, "Rick Smith")!.Title, Of(article, "Rick Smith")!.Organization));
        Assert.Equal(("Prosecutor", "Jackson County"), (Of(article, "Jean Peters Baker")!.Title, Of(article, "Jean Peters Baker")!.Organization));
    }

    [Fact]
    public void Titles_before_the_name_are_written_out_and_cased()
    {
        var article = Articles.FromText(
            "Gov. Laura Kelly met Sen. Jerry Moran and former secretary of state John Kerry in Topeka on Tuesday. " +
            "Democratic state Sen. Dinah Sykes did not attend.");
        Assert.Equal("Governor", Of(article, "Laura Kelly")?.Title);
        Assert.Equal("Senator", Of(article, "Jerry Moran")?.Title);
        Assert.Equal("former Secretary of State", Of(article, "John Kerry")?.Title);
        Assert.Equal("State Senator", Of(article, "Dinah Sykes")?.Title); // "state Sen." written out
    }

    [Fact]
    public void Appositions_after_and_before_the_name()
    {
        var article = Articles.FromText(
            "Maria Gonzalez, the president of the Texas Nurses Association, said staff were exhausted. " +
            "The union's spokesman, Daniel Okafor, declined to comment. " +
            "Tom Becker, a member of the Denver City Council, said the vote would be close.");
        Assert.Equal(("President", "Texas Nurses Association"), (Of(article, "Maria Gonzalez")?.Title, Of(article, "Maria Gonzalez")?.Organization));
        Assert.Equal("Spokesman", Of(article, "Daniel Okafor")?.Title);
        Assert.StartsWith("Member of the Denver City Council", Of(article, "Tom Becker")?.Title);
    }

    [Fact]
    public void Words_describing_the_person_are_not_part_of_the_title()
    {
        var article = Articles.FromText("Shinzo Abe, the new prime minister, promised growth.");
        Assert.Equal("Prime Minister", Of(article, "Shinzo Abe")?.Title);
    }

    [Fact]
    public void A_title_with_its_body_then_a_comma_before_the_name()
    {
        var article = Articles.FromText(
            "Speaker of the House, Nancy Pelosi, and the Inspector-General of Police, Usman Alkali, met on Friday. " +
            "Rosa Diaz, the Harris campaign's political director, and Tom Hale, an adviser to Senator Mark Kelly, spoke later.");
        Assert.Equal("Speaker", Of(article, "Nancy Pelosi")?.Title);
        Assert.Equal("Inspector-General", Of(article, "Usman Alkali")?.Title);
        Assert.Equal("Political Director", Of(article, "Rosa Diaz")?.Title);
        Assert.Equal("Adviser", Of(article, "Tom Hale")?.Title);
        Assert.Equal("Senator", Of(article, "Mark Kelly")?.Title);
    }

    [Fact]
    public void Acronym_titles_match_only_in_capitals()
    {
        var article = Articles.FromText("The studio said da Vinci Morales would direct the film. GM CEO Mary Barra agreed.");
        Assert.Null(Of(article, "Vinci Morales"));
        Assert.Equal("CEO", Of(article, "Mary Barra")?.Title);
    }

    [Fact]
    public void A_plural_title_applies_to_each_name_of_its_list()
    {
        var article = Articles.FromText("Reps. Ilhan Omar (D-Minn.), Ro Khanna (D-Calif.) and Pramila Jayapal (D-Wash.) wrote to the agency on Friday.");
        Assert.Equal(["Ilhan Omar", "Ro Khanna", "Pramila Jayapal"], article.Officials.Select(o => o.Name));
        Assert.All(article.Officials, o => Assert.Equal("Representative", o.Title));
    }

    [Fact]
    public void People_without_an_office_are_not_officials()
    {
        var article = Articles.FromText(
            "Republican candidate Mark Turner spoke after film producer Ellen Rhodes and Jacob Lin, a retired carpenter, " +
            "joined the march. Protester Alicia Grant with the Sunrise Movement said the rally was peaceful.");
        Assert.Empty(article.Officials);
    }

    [Fact]
    public void A_person_met_twice_keeps_the_fullest_title()
    {
        var article = Articles.FromText("Deputy Police Chief Karen Hill spoke first. Later, Chief Hill took questions.");
        var official = Assert.Single(article.Officials);
        Assert.Equal("Deputy Police Chief", official.Title);
    }

    [Fact]
    public void Title_case_keeps_acronyms_and_small_words()
    {
        Assert.Equal("Police Chief", OfficePatterns.CaseTitle("police chief"));
        Assert.Equal("former Secretary of State", OfficePatterns.CaseTitle("former secretary of state"));
        Assert.Equal("CEO", OfficePatterns.CaseTitle("CEO"));
    }
}
