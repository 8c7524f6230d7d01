using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Extractor.Evaluation.Gold;

/// <summary>
/// The normalizations of ../shared/tools/score.py, ported line by line so that <c>extractor eval</c> and the
/// script give the same numbers: organization names, person-name tokens, text tokens, office words, dates, and
/// the lenient reading of prediction fields (strings, objects or lists).
/// </summary>
public static partial class GoldText
{
    private const string Apostrophes = "'\u2019\u2018`\u00b4";

    private static readonly HashSet<string> Honorifics = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev", "reverend", "hon", "honorable"];
    private static readonly HashSet<string> Suffixes = ["jr", "sr", "ii", "iii", "iv", "v", "phd", "md", "esq"];
    private static readonly HashSet<string> TitleStop = ["the", "of", "a", "an", "and", "for", "to", "in", "on", "at", "s", "de", "du"];
    private static readonly Dictionary<string, string> TitleAbbreviations = new()
    {
        ["gov"] = "governor", ["govs"] = "governors", ["rep"] = "representative", ["reps"] = "representatives",
        ["sen"] = "senator", ["sens"] = "senators", ["lt"] = "lieutenant", ["gen"] = "general",
        ["atty"] = "attorney", ["sec"] = "secretary", ["secy"] = "secretary", ["pres"] = "president",
        ["supt"] = "superintendent", ["cmdr"] = "commander", ["capt"] = "captain", ["sgt"] = "sergeant",
        ["det"] = "detective", ["insp"] = "inspector", ["dist"] = "district", ["assn"] = "association",
        ["dept"] = "department", ["ceo"] = "chief executive officer", ["cfo"] = "chief financial officer",
        ["coo"] = "chief operating officer", ["vp"] = "vice president", ["ag"] = "attorney general",
        ["da"] = "district attorney", ["us"] = "us", ["chairwoman"] = "chair", ["chairman"] = "chair",
        ["chairperson"] = "chair", ["spokeswoman"] = "spokesperson", ["spokesman"] = "spokesperson",
        ["councilman"] = "council member", ["councilwoman"] = "council member",
        ["councilmember"] = "council member", ["councillor"] = "council member",
        ["councilor"] = "council member", ["congressman"] = "representative",
        ["congresswoman"] = "representative",
    };

    /// <summary>NFKC and one apostrophe: score.py's _fold.</summary>
    public static string Fold(string s)
    {
        var folded = s.Normalize(NormalizationForm.FormKC);
        foreach (var a in Apostrophes)
            folded = folded.Replace(a, '\'');
        return folded;
    }

    /// <summary>The file name of a path or URL, without query or fragment: how predictions meet gold lines.</summary>
    public static string BaseName(string? path)
    {
        var p = (path ?? "").Trim();
        p = p.Split('?', 2)[0].Split('#', 2)[0].TrimEnd('/');
        p = p.Replace('\\', '/');
        var slash = p.LastIndexOf('/');
        return slash >= 0 ? p[(slash + 1)..] : p;
    }

    public static string NormOrg(string s)
    {
        s = Fold(s).ToLowerInvariant().Trim();
        s = s.Replace("&", " and ");
        s = LeadingThe().Replace(s, "", 1);
        s = TrailingPossessive().Replace(s, "", 1);
        s = s.Replace("'", "").Replace(".", "");
        s = NotWordOrSpace().Replace(s, " ");
        s = s.Replace('_', ' ');
        s = LeadingThe().Replace(s, "", 1);
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    public static List<string> NameTokens(string s)
    {
        s = Fold(s).ToLowerInvariant().Replace("'", "").Replace(".", "");
        var tokens = WordTokens(s);
        while (tokens.Count > 0 && Honorifics.Contains(tokens[0]))
            tokens.RemoveAt(0);
        while (tokens.Count > 1 && Suffixes.Contains(tokens[^1]))
            tokens.RemoveAt(tokens.Count - 1);
        if (tokens.Count > 2)
            tokens = [tokens[0], .. tokens.Skip(1).Take(tokens.Count - 2).Where(t => t.Length > 1), tokens[^1]];
        return tokens;
    }

    public static List<string> TextTokens(string s) => WordTokens(Fold(s).ToLowerInvariant().Replace("'", ""));

    public static List<string> TitleWords(string? s)
    {
        var words = new List<string>();
        foreach (var t in TextTokens(s ?? ""))
            words.AddRange((TitleAbbreviations.GetValueOrDefault(t) ?? t).Split(' '));
        return words.Select(t => t.Length > 3 && t.EndsWith('s') && !t.EndsWith("ss", StringComparison.Ordinal) ? t[..^1] : t)
            .Where(t => !TitleStop.Contains(t)).ToList();
    }

    public static bool TitleOk(string? gold, string? predicted)
    {
        var g = TitleWords(gold).ToHashSet();
        if (g.Count == 0)
            return true;
        var p = TitleWords(predicted).ToHashSet();
        return (double)g.Count(p.Contains) / g.Count >= 0.5;
    }

    /// <summary>Speaker and actor comparison: empty matches empty; else the same last name or one name's tokens inside the other's.</summary>
    public static bool SamePersonRef(string? gold, string? predicted)
    {
        var goldEmpty = string.IsNullOrWhiteSpace(gold);
        var predictedEmpty = string.IsNullOrWhiteSpace(predicted);
        if (goldEmpty || predictedEmpty)
            return goldEmpty && predictedEmpty;
        var g = NameTokens(gold!);
        var p = NameTokens(predicted!);
        if (g.Count == 0 || p.Count == 0)
            return NormOrg(gold!) == NormOrg(predicted!);
        if (g[^1] == p[^1])
            return true;
        var gs = g.ToHashSet();
        var ps = p.ToHashSet();
        return gs.IsSubsetOf(ps) || ps.IsSubsetOf(gs);
    }

    public static string? NormDate(string? value)
    {
        if (value is null)
            return null;
        var s = value.Trim();
        var m = IsoDate().Match(s);
        if (!m.Success)
            return s.Length == 0 ? null : s.ToLowerInvariant();
        var year = m.Groups[1].Value;
        if (!m.Groups[2].Success)
            return year;
        var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (!m.Groups[3].Success)
            return string.Create(CultureInfo.InvariantCulture, $"{year}-{month:D2}");
        return string.Create(CultureInfo.InvariantCulture, $"{year}-{month:D2}-{int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture):D2}");
    }

    /// <summary>score.py's field_str: a string as is; of an object the first of the keys that is set; a list joined with " and ".</summary>
    public static string? FieldString(JsonElement? value, params string[] keys)
    {
        if (value is not { } x)
            return null;
        switch (x.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.String:
                return x.GetString();
            case JsonValueKind.Object:
                foreach (var key in keys)
                    if (x.TryGetProperty(key, out var v) && v.ValueKind != JsonValueKind.Null)
                        return v.ValueKind == JsonValueKind.String ? v.GetString() : FieldString(v, keys);
                return null;
            case JsonValueKind.Array:
                var values = x.EnumerateArray().Select(v => FieldString(v, keys)).Where(v => !string.IsNullOrEmpty(v)).ToList();
                return values.Count > 0 ? string.Join(" and ", values) : null;
            case JsonValueKind.True:
                return "True";
            case JsonValueKind.False:
                return "False";
            default:
                return x.GetRawText();
        }
    }

    /// <summary>score.py's as_list: null is empty, a list is itself, anything else a list of one.</summary>
    public static List<JsonElement> AsList(JsonElement? value) => value switch
    {
        null => [],
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => [],
        { ValueKind: JsonValueKind.Array } list => list.EnumerateArray().ToList(),
        { } one => [one],
    };

    public static JsonElement? Get(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) ? v : null;

    public static string? GetString(JsonElement element, string name) =>
        Get(element, name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    /// <summary>Python's truthiness of a field: set, not null, not empty.</summary>
    public static bool Truthy(JsonElement? value) => value is { } v && v.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.False => false,
        JsonValueKind.String => v.GetString()!.Length > 0,
        JsonValueKind.Array => v.GetArrayLength() > 0,
        JsonValueKind.Object => v.EnumerateObject().Any(),
        JsonValueKind.Number => v.GetDouble() != 0,
        _ => true,
    };

    /// <summary>Python's str() of a value, for dates given as numbers or strings.</summary>
    public static string? PyString(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { } other => other.GetRawText(),
    };

    /// <summary>Runs of letters and digits (Python's [^\W_]+ on Unicode text).</summary>
    private static List<string> WordTokens(string s)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            var word = i < s.Length && IsWordChar(s[i]) && s[i] != '_';
            if (word && start < 0)
                start = i;
            else if (!word && start >= 0)
            {
                tokens.Add(s[start..i]);
                start = -1;
            }
        }
        return tokens;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    [GeneratedRegex(@"^\s*the\s+")]
    private static partial Regex LeadingThe();

    [GeneratedRegex(@"'s\s*$")]
    private static partial Regex TrailingPossessive();

    [GeneratedRegex(@"[^\w\s]")]
    private static partial Regex NotWordOrSpace();

    [GeneratedRegex(@"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")]
    private static partial Regex IsoDate();
}
