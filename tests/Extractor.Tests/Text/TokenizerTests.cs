using Extractor.Model;
using Extractor.Text;

namespace Extractor.Tests.Text;

public class TokenizerTests
{
    private static List<(string Text, TokenKind Kind)> Tokens(string text) =>
        Tokenizer.Tokenize(text).Select(t => (text[t.Start..t.End], t.Kind)).ToList();

    private static List<string> Words(string text) => Tokens(text).Select(t => t.Text).ToList();

    [Fact]
    public void Keeps_urls_handles_hashtags_and_emails_whole()
    {
        var tokens = Tokens("@kcpolice see https://t.co/2XKFq9jlbb, pic.twitter.com/1Noc6nihCv #KCPD or mail news@kctv5.com.");
        Assert.Contains(("@kcpolice", TokenKind.Handle), tokens);
        Assert.Contains(("https://t.co/2XKFq9jlbb", TokenKind.Url), tokens);
        Assert.Contains(("pic.twitter.com/1Noc6nihCv", TokenKind.Url), tokens);
        Assert.Contains(("#KCPD", TokenKind.Hashtag), tokens);
        Assert.Contains(("news@kctv5.com", TokenKind.Email), tokens);
        Assert.Equal(".", tokens[^1].Text);
    }

    [Fact]
    public void Url_stops_before_a_dash_glued_to_it()
    {
        Assert.Equal(["pic.twitter.com/ijBDk565RB", "—", "Angie"], Words("pic.twitter.com/ijBDk565RB— Angie"));
    }

    [Fact]
    public void Splits_possessive_and_negation_clitics()
    {
        Assert.Equal(["the", "chief", "'s", "resignation", "do", "n't", "Smith", "’s"], Words("the chief's resignation don't Smith’s"));
    }

    [Fact]
    public void Keeps_numbers_dates_and_hyphenated_words()
    {
        Assert.Equal(["6/3/2020", "1,000.50", "10:30", "well-known", "1990s", "O'Brien", "%"], Words("6/3/2020 1,000.50 10:30 well-known 1990s O'Brien %"));
    }

    [Fact]
    public void Keeps_abbreviation_periods_but_not_sentence_periods()
    {
        Assert.Equal(["Gov.", "Parson", "of", "the", "U.S.", "said", "no", "."], Words("Gov. Parson of the U.S. said no."));
    }

    [Fact]
    public void Offsets_cover_exactly_the_token_text()
    {
        const string text = "Chief Rick Smith, 58, resigned.";
        foreach (var token in Tokenizer.Tokenize(text))
            Assert.False(string.IsNullOrWhiteSpace(text[token.Start..token.End]));
        Assert.Equal(["Chief", "Rick", "Smith", ",", "58", ",", "resigned", "."], Words(text));
    }

    [Fact]
    public void Handles_unusual_characters_without_losing_text()
    {
        const string text = "Zürich’s “café” — naïve…?! 東京 ١٢٣";
        var tokens = Tokenizer.Tokenize(text);
        var covered = string.Concat(tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(text.Replace(" ", ""), covered);
    }
}
