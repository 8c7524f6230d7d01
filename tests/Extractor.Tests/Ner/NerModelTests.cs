using Extractor.Evaluation;
using Extractor.Ner;
using Extractor.Tests.Support;
using Extractor.Training;

namespace Extractor.Tests.Ner;

/// <summary>Training, export, decoding and scoring on a small CoNLL file made here; the shipped model on the KCTV sample.</summary>
public class NerModelTests
{
    private static string Conll()
    {
        var lines = new List<string>();
        var names = new[] { ("Rick", "Smith"), ("Jean", "Baker"), ("Gwen", "Grant"), ("Rodney", "Williams"), ("Angie", "Ricono") };
        var orgs = new[] { "NAACP", "KCPD", "Reuters", "Walmart", "Amazon" };
        for (var i = 0; i < 40; i++)
        {
            var (first, last) = names[i % names.Length];
            var org = orgs[(i * 3) % orgs.Length];
            lines.Add("-DOCSTART- O");
            lines.Add("");
            lines.AddRange([$"{first} B-PER", $"{last} I-PER", "said B-X", "the O", $"{org} B-ORG", "would O", "act O", ". O", ""]);
            lines.AddRange([$"{org} B-ORG", "officials O", "met O", $"{last} B-PER", "in O", "Paris B-LOC", ". O", ""]);
        }
        return string.Join('\n', lines).Replace("said B-X", "said O");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Training_twice_gives_the_same_model_and_it_learns_the_data(bool bothWays)
    {
        using var temp = new TempFolder();
        var file = temp.File("train.conll", Conll());
        var documents = ConllReader.Read(file);
        Assert.Equal(40, documents.Count);
        var settings = new NerTrainer.Settings(Bits: 14, Iterations: 10, BothWays: bothWays);

        var first = NerTrainer.Train(documents, Gazetteer.Empty, settings, _ => { });
        var second = NerTrainer.Train(documents, Gazetteer.Empty, settings, _ => { });
        var a = Path.Combine(temp.Path, "a.bin");
        var b = Path.Combine(temp.Path, "b.bin");
        first.Save(a);
        second.Save(b);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));

        var loaded = NerModel.Load(a, temp.File("empty-gazetteer.tsv", ""));
        Assert.Equal(bothWays ? 2 : 1, loaded.Weights.Tables);
        var score = new ConllScore();
        foreach (var document in documents)
        {
            var tags = loaded.Tag(document.Document);
            for (var s = 0; s < tags.Count; s++)
                score.Add(document.Labels[s], tags[s].Select(l => NerLabels.All[l]).ToList());
        }
        Assert.True(score.For(null).F > 95, $"training F1 only {score.For(null).F:0.0}");
    }

    [Fact]
    public void A_file_that_is_not_a_model_of_this_version_is_refused_with_its_name()
    {
        using var temp = new TempFolder();
        var old = temp.File("old.bin", "EXTRNER1" + new string('\0', 64));
        var error = Assert.Throws<InvalidDataException>(() => NerModel.Load(old, temp.File("g.tsv", "")));
        Assert.Contains("old.bin", error.Message);
    }

    [Fact]
    public void Conll_scores_count_exact_spans_only()
    {
        var score = new ConllScore();
        score.Add(["B-PER", "I-PER", "O", "B-ORG"], ["B-PER", "O", "O", "B-ORG"]);
        Assert.Equal((50.0, 50.0), (score.For(null).P, score.For(null).R));
        Assert.Equal(100.0, score.For("ORG").F);
        Assert.Equal(0.0, score.For("PER").F);
    }

    [Fact]
    public void An_i_tag_after_o_opens_a_span_as_conlleval_does()
    {
        Assert.Equal([(1, 3, "ORG")], ConllScore.Spans(["O", "I-ORG", "I-ORG", "O"]));
    }

    [Fact]
    public void The_shipped_model_finds_the_people_and_organizations_of_the_kctv_story()
    {
        var article = Articles.FromText(File.ReadAllText(RepoPaths.Kctv), "kctv.txt");
        var people = article.People.Select(p => p.Name).ToList();
        Assert.Contains("Rick Smith", people);
        Assert.Contains("Rodney Williams", people);
        Assert.Contains("Gwen Grant", people);
        var organizations = article.Organizations.SelectMany(o => o.Aliases.Append(o.Name)).ToList();
        Assert.Contains("NAACP", organizations);
        Assert.Contains("KCPD", organizations);
        Assert.All(article.People.SelectMany(p => p.Mentions), m => Assert.True(m.End > m.Start));
    }
}
