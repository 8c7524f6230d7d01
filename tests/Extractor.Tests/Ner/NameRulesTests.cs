using Extractor.Ner;
using static Extractor.Tests.Support.NamedSpans;

namespace Extractor.Tests.Ner;

public class NameRulesTests
{
    [Fact]
    public void Organization_words_laws_punctuation_and_dateline_places_are_corrected()
    {
        const string text = "KANSAS CITY, MO (KCTV) – The Urban League and KCTV5 News cited the Weapons Proliferators Act, said Bezos - and others.";
        var spans = new[]
        {
            Span("KANSAS CITY", "ORG", text), Span("KCTV", "ORG", text), Span("Urban League", "PER", text), Span("KCTV5 News", "PER", text),
            Span("Weapons Proliferators Act", "ORG", text), Span("Bezos -", "PER", text),
        };
        var result = NameRules.Apply(spans, text);
        Assert.Equal(
            [("KCTV", "ORG"), ("Urban League", "ORG"), ("KCTV5 News", "ORG"), ("Bezos", "PER")],
            result.Select(s => (s.Text, s.Type)));
        var bezos = result.Single(s => s.Text == "Bezos");
        Assert.Equal("Bezos", text[bezos.Start..bezos.End]);
    }

    [Theory]
    [InlineData("ST. JOSEPH, Mich. (AP) — Health authorities in Michigan said", "ST", "Mich")]
    [InlineData("HONOLULU, Hawaii (Hawaii News Now) - Scientists said", "HONOLULU", "Hawaii")]
    [InlineData("LONDON, England — Officials said", "LONDON", "England")]
    public void A_dateline_with_a_state_or_country_in_mixed_case_is_a_place(string text, string place, string state)
    {
        var spans = new[] { Span(place, "ORG", text), Span(state, "ORG", text), Span("said", "PER", text) };
        Assert.Equal(["said"], NameRules.Apply(spans, text).Select(s => s.Text));
    }

    [Fact]
    public void Two_capitals_before_a_bracket_are_no_dateline()
    {
        const string text = "US (Reuters) officials said";
        Assert.Equal(["US"], NameRules.Apply([Span("US", "ORG", text)], text).Select(s => s.Text));
    }

    [Fact]
    public void A_capitalized_word_between_a_title_and_a_lone_surname_is_the_first_name()
    {
        const string text = "The bill was written by Rep. Zoe Lofgren and backed by Mayor Zev Moss, Senate leaders and Chief Osei.";
        var spans = new[] { Span("Lofgren", "PER", text), Span("Moss", "PER", text), Span("Senate", "ORG", text), Span("Osei", "PER", text) };
        var result = NameRules.Apply(spans, text);
        Assert.Equal([("Zoe Lofgren", "PER"), ("Zev Moss", "PER"), ("Senate", "ORG"), ("Osei", "PER")], result.Select(s => (s.Text, s.Type)));
        Assert.All(result, s => Assert.Equal(s.Text, text[s.Start..s.End]));
    }

    [Fact]
    public void A_title_before_a_person_is_not_part_of_the_name()
    {
        const string text = "Then Mayor Quinton Lucas and Police Chief Rick Smith spoke.";
        var result = NameRules.Apply([Span("Mayor Quinton Lucas", "PER", text), Span("Police Chief Rick Smith", "PER", text)], text);
        Assert.Equal(["Quinton Lucas", "Rick Smith"], result.Select(s => s.Text));
        Assert.All(result, s => Assert.Equal(s.Text, text[s.Start..s.End]));
    }

    [Fact]
    public void A_person_named_only_by_one_word_is_taken_for_an_organization()
    {
        const string text = "Workers at Walmart protested. Walmart said. Jeff Bezos replied, and Bezos left.";
        var spans = new[]
        {
            Span("Walmart", "PER", text), new NamedSpan("PER", "Walmart", 30, 37), Span("Jeff Bezos", "PER", text), new NamedSpan("PER", "Bezos", 68, 73),
        };
        var (people, organizations) = EntityBuilder.Build(spans, text);
        Assert.Equal(["Jeff Bezos"], people.Select(p => p.Name));
        Assert.Equal(2, people[0].Mentions.Count);
        Assert.Equal(["Walmart"], organizations.Select(o => o.Name));
        Assert.Equal(2, organizations[0].Mentions.Count);
    }

    [Theory]
    [InlineData("a sociologist at the University of Wisconsin-Madison.", "Wisconsin-Madison", "LOC", "University of Wisconsin-Madison")]
    [InlineData("The Federal Reserve Bank of New York said so.", "New York", "LOC", "Federal Reserve Bank of New York")]
    [InlineData("The University of Miami said so.", "Miami", "LOC", "University of Miami")]
    public void Organization_words_joined_by_of_to_a_tagged_name_head_one_organization(string text, string tagged, string type, string expected)
    {
        var spans = NameRules.JoinOrganizationHeads([Span(tagged, type, text)], text);
        var joined = Assert.Single(spans);
        Assert.Equal(("ORG", expected), (joined.Type, joined.Text));
        Assert.Equal(expected, text[joined.Start..joined.End]);
    }

    [Theory]
    [InlineData("Friends of Miami met there.", "Miami")]
    [InlineData("the university of Miami", "Miami")]
    [InlineData("Most of Miami was flooded.", "Miami")]
    public void Without_a_capitalized_organization_word_before_of_the_name_stays_as_tagged(string text, string tagged)
    {
        var span = Span(tagged, "LOC", text);
        Assert.Equal([span], NameRules.JoinOrganizationHeads([span], text));
    }

    [Fact]
    public void Story_continued_below_is_page_furniture_not_a_person()
    {
        const string text = "He spoke. Story Continued Below The march began.";
        Assert.Empty(NameRules.Apply([Span("Continued Below", "PER", text)], text));
    }

    [Theory]
    [InlineData("White House officials denied it.", "White House", "ORG")]
    [InlineData("a Blue House spokesperson said so.", "Blue House", "ORG")]
    [InlineData("They met at the White House on Monday.", "White House", "LOC")]
    [InlineData("Kansas City officials denied it.", "Kansas City", "LOC")]
    public void A_seat_of_government_with_an_institution_role_after_it_acts_as_an_organization(string text, string name, string type)
    {
        Assert.Equal(type, NameRules.Apply([Span(name, "LOC", text)], text).Single().Type);
    }

    [Fact]
    public void A_place_and_a_lone_organization_word_after_it_are_one_organization()
    {
        const string untagged = "The move was over their invitation by the Nigeria Police.";
        var joined = Assert.Single(NameRules.JoinPlaceBodies([Span("Nigeria", "LOC", untagged)], untagged));
        Assert.Equal(("ORG", "Nigeria Police"), (joined.Type, untagged[joined.Start..joined.End]));

        const string taggedApart = "He is running in a U.S. Senate race this week.";
        joined = Assert.Single(NameRules.JoinPlaceBodies([Span("U.S.", "LOC", taggedApart), Span("Senate", "ORG", taggedApart)], taggedApart));
        Assert.Equal(("ORG", "U.S. Senate"), (joined.Type, joined.Text));
    }

    [Theory]
    [InlineData("Officers of the Nigeria Police Force came.")] // the run goes on: left to the tagger
    [InlineData("He flew to Nigeria. Police said so.")]
    [InlineData("He flew to Nigeria Monday.")]
    public void Without_a_lone_organization_word_right_after_it_a_place_stays_a_place(string text)
    {
        var span = Span("Nigeria", "LOC", text);
        Assert.Equal([span], NameRules.JoinPlaceBodies([span], text));
    }

    private static readonly NameTypes SeenAsOrganization = new(
        new Dictionary<string, NameTypes.Counts> { ["Twitter"] = new(0, 7, 0, 0), ["S&P"] = new(0, 9, 0, 0), ["Jordan"] = new(4, 0, 8, 0) },
        new Dictionary<string, NameTypes.Counts>());

    [Theory]
    [InlineData("It prompted some on Twitter to call for a boycott.", "Twitter")]
    [InlineData("Shares rose after news spread on Twitter, traders said.", "Twitter")]
    public void An_untagged_word_the_training_data_knows_as_an_organization_is_one(string text, string word)
    {
        var added = Assert.Single(NameRules.AddKnownOrganizations([], text, SeenAsOrganization));
        Assert.Equal(("ORG", word), (added.Type, text[added.Start..added.End]));
    }

    [Theory]
    [InlineData("Twitter said so.")] // sentence-initial: capitalized anyway
    [InlineData("the S&P 500 index rose")] // an index, not the company
    [InlineData("He met Twitter Blue users.")] // part of a longer name
    [InlineData("They flew to Jordan on Monday.")] // known, but not as an organization
    public void Sentence_starts_indexes_longer_names_and_other_known_names_are_not_added(string text)
    {
        Assert.Empty(NameRules.AddKnownOrganizations([], text, SeenAsOrganization));
    }

    [Theory]
    [InlineData("Reps. marched to the Department of Justice on Thursday. | Getty Black Caucus marches to DOJ", "Getty Black Caucus", "Getty", "Black Caucus")]
    [InlineData("A soldier stands guard in Wonsan, North Korea. | AP Photo DOJ: Chinese company", null, "AP", null)]
    [InlineData("Farmers burn stubble. Sakib Ali/Hindustan Times/Getty Images\nHowever, these", "Getty Images", "Getty Images", null)]
    [InlineData("WASHINGTON (AP) — New uncertainty hangs over the party.", null, "AP", null)]
    public void An_agency_in_a_photo_credit_is_an_organization_cut_from_what_the_tagger_glued_to_it(string text, string? tagged, string agency, string? rest)
    {
        List<NamedSpan> spans = tagged is null ? [] : [Span(tagged, "PER", text)];
        var result = NameRules.MarkCredits(spans, text);
        Assert.Contains(result, s => s.Type == "ORG" && s.Text == agency && text[s.Start..s.End] == agency);
        Assert.Equal(rest is null ? 1 : 2, result.Count);
        if (rest is not null)
            Assert.Contains(result, s => s.Type == "PER" && s.Text == rest);
    }

    [Theory]
    [InlineData("The AP reported on Monday that talks had stalled.")]
    [InlineData("Reuters said the deal was off.")]
    public void An_agency_named_outside_a_credit_is_left_to_the_tagger(string text)
    {
        Assert.Empty(NameRules.MarkCredits([], text));
    }

    [Theory]
    [InlineData("a global alliance of unions coordinated by UNI Global Union.", "UNI", "UNI Global Union")]
    [InlineData("students of Richmond High School said so.", "Richmond", "Richmond High School")]
    [InlineData("the NAACP said so.", "NAACP", "NAACP")]
    [InlineData("a call from UNI Global Union Chief Ann Lee", "UNI", "UNI")] // the run goes on past the organization word
    public void Capitalized_words_after_an_organization_ending_in_an_organization_word_complete_its_name(string text, string tagged, string expected)
    {
        var span = Assert.Single(NameRules.ExtendOrganizationTails([Span(tagged, "ORG", text)], text));
        Assert.Equal(expected, span.Text);
        Assert.Equal(expected, text[span.Start..span.End]);
    }

    [Fact]
    public void Names_listed_after_a_class_noun_take_its_type()
    {
        const string text = "fast-growing counties such as Durham and Wake. Companies including Gannett, the Miami Herald and Alden cut jobs.";
        var spans = new List<NamedSpan>
        {
            Span("Durham", "ORG", text), Span("Wake", "PER", text), Span("Gannett", "LOC", text), Span("Miami Herald", "PER", text), Span("Alden", "LOC", text),
        };
        Assert.Equal(["LOC", "LOC", "ORG", "ORG", "ORG"], NameRules.TypeClassLists(spans, text).Select(s => s.Type));
    }

    [Theory]
    [InlineData("countries and organisations, including South Africa, the UN and China.", "South Africa")] // a mixed list
    [InlineData("companies such as these, and Walmart too.", "Walmart")] // not in the list
    [InlineData("companies like Musk’s Tesla grew.", "Musk")] // the owner of the item, not the item
    public void A_mixed_list_a_name_outside_the_list_or_an_owner_keeps_its_type(string text, string name)
    {
        var span = Span(name, "LOC", text);
        Assert.Equal("LOC", NameRules.TypeClassLists([span], text).Single().Type);
    }

    [Fact]
    public void A_person_whose_name_ends_in_a_place_word_is_a_place()
    {
        const string text = "pointing to Mecklenberg County, the home of the Charlotte metro area";
        Assert.Equal("LOC", NameRules.Apply([Span("Mecklenberg County", "PER", text)], text).Single().Type);
    }

    [Theory]
    [InlineData("merchandise with phrases like “Black Lives Matter,” and more", "Black Lives Matter", "MISC")]
    [InlineData("the songs “China Grove” and others", "China Grove", "MISC")]
    [InlineData("Joseph “Joe” Smith said", "Joseph", "PER")] // only the quoted words, not the name around them
    [InlineData("“We will win,” said Gwen Grant.", "Gwen Grant", "PER")]
    public void A_person_quoted_whole_is_a_slogan_or_a_title(string text, string name, string type)
    {
        Assert.Equal(type, NameRules.Apply([Span(name, "PER", text)], text).Single().Type);
    }

    [Fact]
    public void A_name_quoted_as_a_title_is_a_title_elsewhere_too_but_one_word_inside_a_title_stays_a_person()
    {
        const string text = "shirts reading “Bulletproof: Black Lives Matter” and Black Lives Matter mugs. He hosted “Ask Dr. Mike” and Mike said so.";
        var spans = new List<NamedSpan>
        {
            Span("Black Lives Matter", "PER", text), Span("Black Lives Matter", "PER", text, text.IndexOf("and Black", StringComparison.Ordinal)),
            Span("Mike", "PER", text), Span("Mike", "PER", text, text.IndexOf("and Mike", StringComparison.Ordinal)),
        };
        var mikeIsAName = new NameTypes(new Dictionary<string, NameTypes.Counts>(), new Dictionary<string, NameTypes.Counts> { ["Mike"] = new(40, 0, 0, 0) });
        Assert.Equal(["MISC", "MISC", "PER", "PER"], NameRules.Apply(spans, text, mikeIsAName).Select(s => s.Type));
    }

    [Fact]
    public void A_surname_quoted_in_a_headline_stays_the_person_the_article_names_in_full()
    {
        const string text = "Bernie Sanders spoke. Signs read “Sanders Surges” and Sanders smiled.";
        var spans = new List<NamedSpan>
        {
            Span("Bernie Sanders", "PER", text), Span("Sanders", "PER", text, text.IndexOf("“", StringComparison.Ordinal)),
            Span("Sanders", "PER", text, text.IndexOf("and Sanders", StringComparison.Ordinal)),
        };
        Assert.Equal(["PER", "PER", "PER"], NameRules.Apply(spans, text).Select(s => s.Type));
    }
}
