using Extractor.Tests.Support;
using Extractor.Text;

namespace Extractor.Tests.Text;

public class TextLanguageTests
{
    public const string GermanStory =
        "Der Stadtrat hat am Montag nach einer langen Debatte über den Haushalt abgestimmt. Die Mehrheit der " +
        "Abgeordneten sprach sich für mehr Geld für die Schulen aus, die seit Jahren auf eine Sanierung warten. " +
        "Der Bürgermeister sagte, dass die Stadt nicht länger warten könne und dass die Arbeiten noch in diesem " +
        "Jahr beginnen sollen. Die Opposition kritisierte den Plan als zu teuer und forderte eine neue Prüfung " +
        "der Kosten, bevor das Geld ausgegeben wird. Eine Entscheidung über die Verkehrspolitik wurde auf den " +
        "nächsten Monat verschoben.";

    private const string FrenchStory =
        "Le conseil municipal a voté lundi soir le budget de la ville après un long débat sur les écoles et les " +
        "transports. Le maire a déclaré que les travaux commenceront avant la fin de l'année et que la ville ne " +
        "peut plus attendre. Les élus de l'opposition ont dénoncé un plan trop cher et ont demandé une nouvelle " +
        "étude des coûts pour les habitants du quartier, qui attendent depuis des années une réponse claire.";

    [Fact]
    public void An_english_story_reads_as_english()
    {
        var verdict = TextLanguage.Judge(File.ReadAllText(RepoPaths.Kctv));
        Assert.True(verdict.IsEnglish);
        Assert.False(verdict.IsOther);
    }

    [Theory]
    [InlineData(GermanStory, "de")]
    [InlineData(FrenchStory, "fr")]
    public void A_story_in_another_language_reads_as_that_language(string text, string code)
    {
        var verdict = TextLanguage.Judge(text);
        Assert.True(verdict.IsOther);
        Assert.Equal(code, verdict.Code);
    }

    [Fact]
    public void Short_texts_and_results_tables_say_nothing_and_leave_it_to_the_declared_language()
    {
        Assert.Equal(default, TextLanguage.Judge("Der Stadtrat hat am Montag abgestimmt."));
        var table = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"Palm Bay {i}: Tolivert 25 points. Davis 17 points. Burgher 10 points."));
        Assert.Equal(default, TextLanguage.Judge(table));
    }
}
