using Extractor.Ner;

namespace Extractor.Tests.Ner;

/// <summary>What the rest of a document tells the tagger about a word, and what earlier sentences tagged it.</summary>
public class DocumentContextTests
{
    private static NerDocument Document(params string[] sentences) =>
        new(sentences.Select(s => (IReadOnlyList<string>)s.Split(' ')).ToList());

    [Fact]
    public void An_acronym_is_tied_to_the_capitalized_run_that_spells_it()
    {
        var document = Document(
            "The Kansas City Police Department said on Monday .",
            "A KCPD spokesman and the NFL declined to comment .");
        var context = DocumentContext.Of(document);
        Assert.True(context.IsExpandedAcronym("KCPD"));
        Assert.False(context.IsExpandedAcronym("NFL")); // nothing in the story spells it out
        Assert.Equal([1, 2, 3, 4], Enumerable.Range(0, 9).Where(i => context.ExpandsAcronym(0, i)));
    }

    [Fact]
    public void Acronyms_are_spelled_across_joining_words()
    {
        var context = DocumentContext.Of(Document("The Bank of England raised rates .", "The BOE said so ."));
        Assert.True(context.IsExpandedAcronym("BOE"));
    }

    [Fact]
    public void Other_occurrences_leave_out_the_word_itself_and_headlines_in_capitals()
    {
        var document = Document(
            "BOLTON BEAT CHELSEA 2-1",
            "Bolton Wanderers won at home .",
            "Fans in Bolton cheered .");
        var context = DocumentContext.Of(document);
        Assert.Equal([(2, 2)], context.OtherOccurrences(1, 0, "bolton"));
        Assert.Equal([(1, 0), (2, 2)], context.OtherOccurrences(0, 0, "bolton"));
        Assert.Equal(new DocumentContext.Run("2B", 0, 1), context.Runs(1)[0]);
        Assert.Equal(new DocumentContext.Run("1S", 2, 2), context.Runs(2)[2]);
        Assert.Null(context.Runs(2)[1]); // "in"
    }

    [Fact]
    public void Words_seen_capitalized_inside_a_sentence_or_in_lower_case_are_told_apart()
    {
        var context = DocumentContext.Of(Document("Rice rose as Bush spoke .", "The rice harvest and President Bush ."));
        Assert.Contains("bush", context.CapitalizedInside);
        Assert.DoesNotContain("rice", context.CapitalizedInside); // only capitalized at the start of a sentence
        Assert.Contains("rice", context.Lowercase);
    }

    [Fact]
    public void The_label_history_gives_the_majority_type_and_every_type_seen()
    {
        var history = new LabelHistory();
        var per = NerLabels.IndexOf("B-PER");
        var org = NerLabels.IndexOf("B-ORG");
        history.Record(["Smith", "said", "Smith", "Inc"], [per, NerLabels.Outside, org, NerLabels.IndexOf("I-ORG")]);
        history.Record(["Smith", "left"], [per, NerLabels.Outside]);
        var (majority, seen) = history.Of("smith");
        Assert.Equal("PER", majority);
        Assert.Equal(["PER", "ORG"], seen);
        Assert.Null(history.Of("said").Majority); // lower-case words are not remembered
        Assert.Null(history.Of("jones").Majority);
    }

    [Fact]
    public void Features_of_a_token_are_counted_once_as_in_training()
    {
        var featurizer = new NerFeaturizer(Gazetteer.Empty, 20);
        var features = featurizer.Featurize(Document("Banana Banana banana bananas in Banana ."));
        Assert.All(features[0], f => Assert.Equal(f.Buckets.Length, f.Buckets.Distinct().Count()));
    }

    [Fact]
    public void The_bio_constraint_lets_i_follow_only_its_own_type()
    {
        Assert.True(NerLabels.Allowed(NerLabels.IndexOf("B-PER"), NerLabels.IndexOf("I-PER")));
        Assert.True(NerLabels.Allowed(NerLabels.IndexOf("I-PER"), NerLabels.IndexOf("I-PER")));
        Assert.False(NerLabels.Allowed(NerLabels.IndexOf("B-ORG"), NerLabels.IndexOf("I-PER")));
        Assert.False(NerLabels.Allowed(NerLabels.Outside, NerLabels.IndexOf("I-LOC")));
        Assert.True(NerLabels.Allowed(NerLabels.Outside, NerLabels.IndexOf("B-LOC")));
    }
}
