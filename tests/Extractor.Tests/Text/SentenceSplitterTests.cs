using Extractor.Text;

namespace Extractor.Tests.Text;

public class SentenceSplitterTests
{
    private static List<string> Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return SentenceSplitter.Split(text, tokens).Select(s => text[s.Start..s.End]).ToList();
    }

    [Fact]
    public void Splits_plain_sentences()
    {
        Assert.Equal(["The chief spoke.", "Groups want him out!", "Will he resign?"],
            Sentences("The chief spoke. Groups want him out! Will he resign?"));
    }

    [Theory]
    [InlineData("Gov. Mike Parson of Jefferson City, Mo. spoke on Tuesday.")]
    [InlineData("Sen. Roy Blunt and Rep. Emanuel Cleaver met Dr. Jones.")]
    [InlineData("Jean P. Baker said the U.S. Army would help.")]
    [InlineData("It rose 3.5 percent to $1,000.50 at 10 a.m. on Jan. 5.")]
    [InlineData("Visit pic.twitter.com/ijBDk565RB or kcpd.org for details.")]
    [InlineData("Use e.g. a pen, i.e. a tool.")]
    [InlineData("\"Stop!\" she shouted at the officers.")]
    public void Does_not_split_inside_abbreviations_numbers_urls_or_quotes(string text)
    {
        Assert.Single(Sentences(text));
    }

    [Fact]
    public void Ends_at_an_ambiguous_abbreviation_when_a_usual_opener_follows()
    {
        Assert.Equal(["He moved to the U.S.", "The next day he left."], Sentences("He moved to the U.S. The next day he left."));
    }

    [Fact]
    public void Keeps_closing_quotes_and_brackets_with_their_sentence()
    {
        Assert.Equal(["\"We must act now,\" she said.", "(The vote is Friday.)", "“Never again.”", "Then silence."],
            Sentences("\"We must act now,\" she said. (The vote is Friday.) “Never again.” Then silence."));
    }

    [Fact]
    public void Splits_a_missing_space_after_a_period_before_a_capital()
    {
        Assert.Equal(["The members focus on Chief Smith resigning.", "They are criticizing it."],
            Sentences("The members focus on Chief Smith resigning.They are criticizing it."));
    }

    [Fact]
    public void Every_line_break_ends_a_sentence()
    {
        Assert.Equal(["KANSAS CITY, MO (KCTV) – Local groups ask", "A petition circulates"],
            Sentences("KANSAS CITY, MO (KCTV) – Local groups ask\nA petition circulates"));
    }

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string text = "  One here.  Two there.\n";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        Assert.Equal((2, 11), (sentences[0].Start, sentences[0].End));
        Assert.Equal((13, 23), (sentences[1].Start, sentences[1].End));
        Assert.Equal(tokens.Count, sentences.Sum(s => s.TokenCount));
    }

    [Fact]
    public void Empty_text_has_no_sentences()
    {
        Assert.Empty(Sentences(""));
        Assert.Empty(Sentences("   \n "));
    }
}
