using Extractor.Model;
using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>
/// Decides whether English-only stages run on an article: from its text when the text reads clearly as English
/// or as another language (<see cref="TextLanguage"/>), else from the language its page declares.
/// </summary>
public static partial class LanguageGate
{
    /// <summary>Null when the English-only stages run; else the note that says why they did not.</summary>
    public static ExtractionError? Check(string? text, string? declared)
    {
        var verdict = TextLanguage.Judge(text ?? "");
        if (verdict.IsEnglish)
            return null; // pages declare wrongly: an English text tagged "de" is still English
        if (verdict.IsOther)
            return new ExtractionError("language", ErrorCodes.UnsupportedLanguage,
                $"the text reads as {verdict.Name} (its most frequent words), whatever the page declares " +
                $"({(string.IsNullOrWhiteSpace(declared) ? "nothing" : $"\"{declared.Trim()}\"")}); {Skipped}");
        return IsEnglishOrUndeclared(declared) ? null : Note(declared!);
    }

    private const string Skipped = "people, organizations, officials, quotes and demands are found in English " +
        "text only and were left out (--any-language runs them anyway); status stays ok";

    /// <summary>
    /// English ("en", "en-GB", "en_US", "eng", "English") or not declared in a form this understands: plain text,
    /// pages without a language and pages with a value that is no language tag ("utf-8" occurs) are taken as
    /// English, so that a broken tag never costs the extraction.
    /// </summary>
    public static bool IsEnglishOrUndeclared(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
            return true;
        var value = language.Trim();
        if (value.StartsWith("english", StringComparison.OrdinalIgnoreCase))
            return true;
        if (!LanguageTag().IsMatch(value))
            return true; // not a language tag
        var primary = value.Split('-', '_')[0];
        return primary.Equals("en", StringComparison.OrdinalIgnoreCase) || primary.Equals("eng", StringComparison.OrdinalIgnoreCase);
    }

    // BCP 47 in the shapes pages use: a 2-3 letter language, then script, region or variant subtags.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z]{2,3}([-_]([A-Za-z]{2}|[0-9]{3}|[A-Za-z]{4}|[A-Za-z0-9]{5,8}))*$")]
    private static partial System.Text.RegularExpressions.Regex LanguageTag();

    public static ExtractionError Note(string language) => new("language", ErrorCodes.UnsupportedLanguage,
        $"the page declares the language \"{language}\" and its text does not read clearly as English; {Skipped}");
}
