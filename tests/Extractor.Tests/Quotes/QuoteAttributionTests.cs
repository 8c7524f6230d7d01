using Extractor.Tests.Support;

namespace Extractor.Tests.Quotes;

/// <summary>Speaker attribution through the whole pipeline (the shipped NER model finds the names).</summary>
public class QuoteAttributionTests
{
    private static List<(string Text, string? Speaker, string? Affiliation)> Quotes(string text) =>
        Articles.FromText(text).Quotes.Select(q => (q.Text, q.Speaker, q.SpeakerAffiliation)).ToList();

    [Fact]
    public void The_kctv_quotes_have_their_speakers_and_affiliations()
    {
        var article = Articles.FromText(File.ReadAllText(RepoPaths.Kctv), "kctv.txt");
        Assert.Equal(2, article.Quotes.Count);
        Assert.Equal(("Rodney Williams", "NAACP", "said"), (article.Quotes[0].Speaker, article.Quotes[0].SpeakerAffiliation, article.Quotes[0].Cue));
        Assert.StartsWith("It is crystal clear", article.Quotes[0].Text);
        Assert.Equal("Gwen Grant", article.Quotes[1].Speaker);
        Assert.Equal(article.Quotes[1].Text, article.Text[article.Quotes[1].Start..article.Quotes[1].End]);
    }

    [Fact]
    public void Cues_before_and_after_and_pronouns()
    {
        var quotes = Quotes(
            "Mayor Quinton Lucas spoke to reporters on Monday.\n" +
            "“We will review every policy this city has,” Lucas said.\n" +
            "“Nothing is off the table for the council now,” he added.\n" +
            "Police Chief Rick Smith said: “I will not resign from this department.”");
        Assert.Equal([("Quinton Lucas"), ("Quinton Lucas"), ("Rick Smith")], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Of_several_people_before_the_cue_the_one_next_to_it_speaks()
    {
        var quotes = Quotes("“Nobody expected the turnout we saw on Tuesday,” Obama senior adviser Valerie Jarrett said in an interview.");
        Assert.Equal("Valerie Jarrett", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_relative_clause_after_the_speaker_does_not_name_the_speaker()
    {
        var quotes = Quotes("“We moved here for the schools and stayed for the parks,” said Marisol Vega, who is Cuban American.");
        Assert.Equal("Marisol Vega", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void She_is_the_person_who_opens_the_latest_sentence()
    {
        var quotes = Quotes(
            "“Rents have doubled in five years,” said Laura Chen, an economist at Stanford University.\n" +
            "In the spring, Maria Lopez lost her apartment. The search took months. “I have never felt so tired in my life,” she said.");
        Assert.Equal(["Laura Chen", "Maria Lopez"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quote_that_opens_the_text_is_attributed_after_it()
    {
        var quotes = Quotes("“We will rebuild every school that the storm destroyed.” Governor Ann Lee said on Friday.");
        Assert.Equal("Ann Lee", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Scare_quotes_are_not_quotes_and_an_unnamed_source_stays_unnamed()
    {
        var quotes = Quotes(
            "The group called the plan a “total failure” on Monday.\n" +
            "“Several workers use the same masks for days,” one union representative told Reuters.");
        var quote = Assert.Single(quotes);
        Assert.Null(quote.Speaker);
    }
}

public class EmbeddedPostTests
{
    [Fact]
    public void An_embedded_post_signature_gives_the_speaker()
    {
        var article = Articles.FromText("The chief faced calls to resign.\n“The chief must go now, and the board must act” — Kaci Jones (@KaciKCTV5) June 3, 2020");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(("Kaci Jones", "posted"), (quote.Speaker, quote.Cue));
    }
}

public class OpenEndedQuoteTests
{
    [Fact]
    public void A_quote_left_open_at_the_end_of_the_text_is_kept_and_nothing_fails()
    {
        var article = Articles.FromText("Ryanair chief Michael O'Leary said: “In addition, it has the lowest unit operating cost of any jet");
        Assert.Equal("ok", article.Status);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Michael O'Leary", quote.Speaker);
    }
}
