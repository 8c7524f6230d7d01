using System.Text.Json;
using Extractor.Evaluation.Gold;
using Extractor.Tests.Support;

namespace Extractor.Tests.Evaluation;

/// <summary>The C# scorer agrees with ../shared/tools/score.py: its output on a fixture is pinned in the repository.</summary>
public class GoldScorerTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "scoring");

    private static List<JsonElement> Lines(string name) =>
        File.ReadLines(Path.Combine(Folder, name)).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public void Every_number_matches_score_py_on_the_fixture()
    {
        var score = GoldScorer.Score(Lines("gold.jsonl"), Lines("pred.jsonl"));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")));
        var actual = JsonDocument.Parse(GoldReport.ToJsonText(score)).RootElement;
        foreach (var field in expected.RootElement.EnumerateObject())
        {
            if (field.Value.ValueKind != JsonValueKind.Object)
            {
                Assert.Equal(field.Value.GetRawText(), actual.GetProperty(field.Name).GetRawText());
                continue;
            }
            foreach (var measure in field.Value.EnumerateObject())
            {
                var got = actual.GetProperty(field.Name).GetProperty(measure.Name);
                if (measure.Value.ValueKind == JsonValueKind.Number)
                    Assert.True(Math.Abs(measure.Value.GetDouble() - got.GetDouble()) < 0.0005, $"{field.Name}.{measure.Name}: score.py {measure.Value}, eval {got}");
                else
                    Assert.Equal(measure.Value.GetRawText(), got.GetRawText());
            }
        }
        Assert.True(score.Counts["organizations"].FalsePositives > 0 && score.Counts["quotes"].FalseNegatives > 0, "the fixture exercises misses and extras");
    }

    [Fact]
    public void The_details_read_as_score_py_prints_them()
    {
        var score = GoldScorer.Score(Lines("gold.jsonl"), Lines("pred.jsonl"));
        var output = new StringWriter { NewLine = "\n" };
        GoldReport.WriteText(output, score, details: true);
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, "expected-details.txt")), output.ToString());
    }

    [Theory]
    [InlineData("Prosecutor", "Jackson County prosecutor", true)]
    [InlineData("Jackson County Prosecutor", "prosecutor", false)]
    [InlineData("Sen.", "Senator", true)]
    [InlineData("member of the Senate Judiciary panel", "Member", false)]
    [InlineData("former judge", "Judge", true)]
    public void Titles_compare_by_content_words_with_abbreviations_written_out(string gold, string predicted, bool ok) =>
        Assert.Equal(ok, GoldText.TitleOk(gold, predicted));

    [Fact]
    public void Names_and_organizations_normalize_as_score_py_does()
    {
        Assert.Equal("kansas city police department", GoldText.NormOrg("The Kansas City Police Department's"));
        Assert.Equal("us senate", GoldText.NormOrg("U.S. Senate"));
        Assert.Equal(["jean", "baker"], GoldText.NameTokens("Ms. Jean P. Baker Jr."));
        Assert.True(GoldText.SamePersonRef("Gregory Meeks", "Rep. Meeks"));
        Assert.True(GoldText.SamePersonRef(null, " "));
        Assert.Equal("2020-06-03", GoldText.NormDate("2020-6-3T10:00"));
    }
}
