using Extractor.Cli;
using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Pipeline;

/// <summary>English-only stages are left out, with a note, on texts in another language: as the text reads, else as the page declares.</summary>
public class LanguageGateTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("en", true)]
    [InlineData("en-GB", true)]
    [InlineData("en_US", true)]
    [InlineData("EN", true)]
    [InlineData("eng", true)]
    [InlineData("English", true)]
    [InlineData("utf-8", true)] // not a language tag: taken as undeclared
    [InlineData("de", false)]
    [InlineData("de-DE", false)]
    [InlineData("pt-BR", false)]
    [InlineData("zh-Hant-TW", false)]
    [InlineData("es-419", false)]
    public void Only_a_declared_other_language_stops_the_english_stages(string? language, bool english) =>
        Assert.Equal(english, LanguageGate.IsEnglishOrUndeclared(language));

    private const string German = """
        <html lang="de"><head><title>Stadtrat stimmt ab</title></head><body><article>
        <p>Der Bürgermeister Thomas Müller sagte am Montag: „Wir brauchen mehr Geld für die Schulen.“ Die Partei forderte den Rücktritt des Polizeichefs.</p>
        <p>Die Entscheidung fiel im Rathaus nach einer langen Debatte über Verkehr, Wohnungen und Gesundheit in der Stadt.</p>
        </article></body></html>
        """;

    [Fact]
    public async Task A_page_in_german_gets_a_note_and_no_english_extraction()
    {
        using var temp = new TempFolder();
        var page = temp.File("stadtrat.html", German);
        var run = await CliRunner.RunAsync("extract", page, "--format", "json");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var record = run.Json();
        Assert.Equal("ok", record.GetProperty("status").GetString());
        Assert.Equal("de", record.GetProperty("language").GetString());
        var note = Assert.Single(record.GetProperty("errors").EnumerateArray());
        Assert.Equal("unsupported_language", note.GetProperty("code").GetString());
        Assert.Contains("--any-language", note.GetProperty("message").GetString());
        Assert.Empty(record.GetProperty("organizations").EnumerateArray());
        Assert.Empty(record.GetProperty("quotes").EnumerateArray());
        Assert.Contains("Bürgermeister", record.GetProperty("text").GetString()); // the text and metadata are still there
        Assert.Contains("1 in another language", run.Stderr);
        SchemaValidator.AssertValid(record);
    }

    [Fact]
    public async Task Any_language_runs_the_english_stages_anyway()
    {
        using var temp = new TempFolder();
        var page = temp.File("stadtrat.html", German);
        var run = await CliRunner.RunAsync("extract", page, "--format", "json", "--any-language");
        var record = run.Json();
        Assert.Empty(record.GetProperty("errors").EnumerateArray());
        Assert.NotEmpty(record.GetProperty("people").EnumerateArray().Concat(record.GetProperty("organizations").EnumerateArray()));
    }

    [Fact]
    public async Task A_page_in_british_english_is_extracted_without_a_note()
    {
        await AssertExtractedWithoutNote("en-GB");
    }

    /// <summary>The KCTV story as a page declaring <paramref name="language"/> is extracted in full, without a note.</summary>
    private static async Task AssertExtractedWithoutNote(string language)
    {
        using var temp = new TempFolder();
        var story = File.ReadAllText(RepoPaths.Kctv).Replace("\n\n", "</p><p>");
        var page = temp.File("kctv.html", $"<html lang=\"{language}\"><head><title>Chief</title></head><body><article><p>{story}</p></article></body></html>");
        var record = (await CliRunner.RunAsync("extract", page, "--format", "json")).Json();
        Assert.Empty(record.GetProperty("errors").EnumerateArray());
        Assert.Contains(record.GetProperty("people").EnumerateArray(), p => p.GetProperty("name").GetString() == "Rick Smith");
    }

    [Fact]
    public async Task Plain_text_that_reads_as_german_gets_the_note_though_it_declares_nothing()
    {
        using var temp = new TempFolder();
        var story = temp.File("stadtrat.txt", Extractor.Tests.Text.TextLanguageTests.GermanStory);
        var record = (await CliRunner.RunAsync("extract", story, "--format", "json")).Json();
        var note = Assert.Single(record.GetProperty("errors").EnumerateArray());
        Assert.Equal("unsupported_language", note.GetProperty("code").GetString());
        Assert.Contains("reads as German", note.GetProperty("message").GetString());
        Assert.Empty(record.GetProperty("organizations").EnumerateArray());
    }

    [Fact]
    public Task A_page_declared_german_whose_text_is_english_is_extracted() => AssertExtractedWithoutNote("de");
}
