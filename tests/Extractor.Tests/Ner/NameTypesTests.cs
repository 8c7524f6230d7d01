using Extractor.Ner;

namespace Extractor.Tests.Ner;

/// <summary>What the training data says a name usually is settles doubtful tags.</summary>
public class NameTypesTests
{
    private static readonly NameTypes Types = new NameTypes(
        new Dictionary<string, NameTypes.Counts>
        {
            ["New York"] = new(0, 13, 45, 0),
            ["White House"] = new(0, 0, 15, 0),
            ["Reuters"] = new(0, 95, 0, 0),
            ["South Korea"] = new(0, 7, 13, 0),
            ["Durham"] = new(1, 12, 1, 0),
        },
        new Dictionary<string, NameTypes.Counts>
        {
            ["Mike"] = new(24, 0, 0, 0), ["Lynch"] = new(4, 5, 0, 0), ["Korean"] = new(0, 2, 0, 25), ["Series"] = new(0, 0, 0, 23),
            ["Air"] = new(0, 30, 0, 2), ["Cup"] = new(0, 1, 0, 3), ["Thomas"] = new(40, 2, 1, 0), ["Marcia"] = new(3, 0, 0, 0),
        })
        .WithPlaces(new Gazetteer([("LOC", "Charlotte")]));

    private static string TypeOf(string text, string name, string type = "ORG")
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        return Assert.Single(NameRules.Apply([new NamedSpan(type, name, start, start + name.Length)], text, Types)).Type;
    }

    [Fact]
    public void An_organization_that_is_nearly_always_a_place_is_a_place()
    {
        Assert.Equal("LOC", TypeOf("Rents rose in New York last year.", "New York"));
        Assert.Equal("ORG", TypeOf("Reuters reported the vote.", "Reuters"));
        Assert.Equal("LOC", TypeOf("South Korea said on Friday it would respond.", "South Korea")); // 65 % a place
        Assert.Equal("ORG", TypeOf("Durham beat Kent by six wickets.", "Durham")); // mostly a club in the data
    }

    [Fact]
    public void An_organization_ending_in_a_word_nearly_always_misc_is_misc()
    {
        Assert.Equal("MISC", TypeOf("Crowds of South Koreans watched.", "South Koreans")); // the plural of a MISC word
        Assert.Equal("MISC", TypeOf("The Ultimate Collector Series sold out.", "Ultimate Collector Series"));
        Assert.Equal("ORG", TypeOf("Korean Air cancelled flights.", "Korean Air"));
        Assert.Equal("ORG", TypeOf("The Davis Cup committee met.", "Davis Cup")); // too few to tell
    }

    [Fact]
    public void A_body_title_and_first_name_tagged_as_one_organization_are_parted()
    {
        const string text = "Cook County Sheriff Thomas Dart and the State Department Spokesperson Marcia Lee spoke.";
        var spans = new[] { "Cook County Sheriff Thomas Dart", "State Department Spokesperson Marcia Lee" }
            .Select(name => new NamedSpan("ORG", name, text.IndexOf(name, StringComparison.Ordinal), text.IndexOf(name, StringComparison.Ordinal) + name.Length));
        var result = NameRules.Apply(spans, text, Types);
        Assert.Equal([("Cook County", "LOC"), ("Thomas Dart", "PER"), ("State Department Spokesperson Marcia Lee", "ORG")],
            result.Select(s => (s.Text, s.Type))); // "Spokesperson" is not a title word of the list: left alone
        Assert.All(result, s => Assert.Equal(s.Text, text[s.Start..s.End]));
    }

    [Fact]
    public void A_title_inside_an_organization_without_a_first_name_after_it_stays()
    {
        Assert.Equal("ORG", TypeOf("The Police Chief Association met.", "Police Chief Association"));
    }

    [Fact]
    public void A_place_name_with_a_role_word_after_it_acts_as_an_institution()
    {
        Assert.Equal("ORG", TypeOf("A White House spokesperson declined to comment.", "White House"));
        Assert.Equal("LOC", TypeOf("Protesters gathered outside the White House on Sunday.", "White House"));
    }

    [Fact]
    public void Counties_and_states_are_places_and_days_are_events()
    {
        Assert.Equal("LOC", TypeOf("Jackson County voters approved the levy.", "Jackson County"));
        Assert.Equal("MISC", TypeOf("Turnout on Election Day was high.", "Election Day"));
        Assert.Equal("ORG", TypeOf("The Jackson County Sheriff's Department said.", "Jackson County Sheriff's Department"));
    }

    [Fact]
    public void One_word_people_stay_people_when_the_word_is_mostly_a_name()
    {
        var text = "Mike took leave. Walmart removed the shirts. Later Charlotte voted.";
        int At(string w) => text.IndexOf(w, StringComparison.Ordinal);
        var spans = new[] { "Mike", "Walmart", "Charlotte" }.Select(w => new NamedSpan("PER", w, At(w), At(w) + w.Length)).ToList();
        var (people, organizations) = EntityBuilder.Build(spans, text, Types);
        Assert.Equal(["Mike"], people.Select(p => p.Name));
        Assert.Equal(["Walmart"], organizations.Select(o => o.Name)); // Charlotte is a listed town: neither
    }

    [Fact]
    public void A_department_is_one_organization_by_its_acronym_and_its_reordered_name()
    {
        Assert.True(EntityBuilder.SameOrganization("Department of Justice", "DOJ"));
        Assert.True(EntityBuilder.SameOrganization("Department of Justice", "Justice Department"));
        Assert.True(EntityBuilder.SameOrganization("Ministry of Health", "Health Ministry"));
        Assert.False(EntityBuilder.SameOrganization("Department of Justice", "Department of Labor"));
        Assert.False(EntityBuilder.SameOrganization("Justice Department", "Labor Department"));
    }

    [Fact]
    public void A_body_noun_after_a_name_belongs_to_it()
    {
        const string text = "Coons sits on the Senate Judiciary panel this year.";
        var start = text.IndexOf("Senate", StringComparison.Ordinal);
        var span = Assert.Single(NameRules.Apply([new NamedSpan("ORG", "Senate Judiciary", start, start + 16)], text, Types));
        Assert.Equal("Senate Judiciary panel", span.Text);
    }

    [Fact]
    public void Page_furniture_at_the_edge_of_a_name_is_cut_off()
    {
        const string text = "Related Story South Korea scrambles. Image copyright Reuters Image caption Amazon staff.";
        NamedSpan At(string name) => new("ORG", name, text.IndexOf(name, StringComparison.Ordinal), text.IndexOf(name, StringComparison.Ordinal) + name.Length);
        var spans = NameRules.Apply([At("Story South Korea"), At("Reuters Image")], text, NameTypes.Empty);
        Assert.Equal(["South Korea", "Reuters"], spans.Select(s => s.Text));
    }

    [Fact]
    public void An_acronym_listed_with_an_organization_is_one()
    {
        const string text = "The Urban League, the NAACP local chapter and MORE2 spoke. Offices in Hartford, CT and US reporters.";
        NamedSpan At(string name, string type) => new(type, name, text.IndexOf(name, StringComparison.Ordinal), text.IndexOf(name, StringComparison.Ordinal) + name.Length);
        var spans = NameRules.AddListedAcronyms([At("Urban League", "ORG"), At("NAACP", "ORG"), At("Hartford", "LOC")], text,
            new NameTypes(new Dictionary<string, NameTypes.Counts> { ["US"] = new(0, 0, 16, 0) }, []));
        Assert.Equal(["Urban League", "NAACP", "MORE2", "Hartford"], spans.Select(s => s.Text));
    }

    [Fact]
    public void An_organization_of_a_place_is_one_name()
    {
        const string text = "The Urban League of Kansas City met the mayor of Kansas City.";
        NamedSpan At(string name, string type, int from = 0) => new(type, name, text.IndexOf(name, from, StringComparison.Ordinal), text.IndexOf(name, from, StringComparison.Ordinal) + name.Length);
        var spans = NameRules.JoinChapterNames([At("Urban League", "ORG"), At("Kansas City", "LOC"), At("Kansas City", "LOC", 30)], text);
        Assert.Equal(["Urban League of Kansas City", "Kansas City"], spans.Select(s => s.Text));
        Assert.Equal("ORG", spans[0].Type);
    }
}
