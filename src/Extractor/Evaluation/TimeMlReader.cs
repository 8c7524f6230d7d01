using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Extractor.Dates;

namespace Extractor.Evaluation;

/// <summary>
/// Reads TimeML test sets into plain text with gold spans: TempEval-3 .tml files (inline TIMEX3 in &lt;TEXT&gt;,
/// the DCT as reference) and MEANTIME CAT XML files (tokens, TIMEX3 anchored to tokens; only sentences 0-5
/// are annotated, so only they are scored).
/// </summary>
public static partial class TimeMlReader
{
    public static IEnumerable<TimexDocument> ReadFolder(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".tml", StringComparison.OrdinalIgnoreCase))
                yield return ReadTempEval(file);
            else if (file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && File.ReadAllText(file).Contains("<token ", StringComparison.Ordinal))
                yield return ReadMeantime(file);
        }
    }

    public static TimexDocument ReadTempEval(string path)
    {
        var xml = File.ReadAllText(path);
        var dct = DctPattern().Match(xml) is { Success: true } d ? ParseDay(d.Groups[1].Value) : null;
        var start = xml.IndexOf("<TEXT>", StringComparison.Ordinal) + "<TEXT>".Length;
        var end = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        var body = xml[start..end];

        var text = new StringBuilder();
        var gold = new List<Timex>();
        (int Start, TimexType Type, string? Value)? open = null;
        var at = 0;
        foreach (Match tag in TagPattern().Matches(body))
        {
            text.Append(WebUtility.HtmlDecode(body[at..tag.Index]));
            at = tag.Index + tag.Length;
            if (tag.Groups["close"].Success && tag.Groups["name"].Value == "TIMEX3" && open is { } o)
            {
                gold.Add(new Timex(o.Start, text.Length, o.Type, o.Value));
                open = null;
            }
            else if (!tag.Groups["close"].Success && tag.Groups["name"].Value == "TIMEX3")
            {
                open = (text.Length, TypeOf(tag.Value), Attribute(tag.Value, "value"));
            }
        }
        text.Append(WebUtility.HtmlDecode(body[at..]));
        return new TimexDocument(Path.GetFileName(path), text.ToString(), dct, gold, int.MaxValue);
    }

    public static TimexDocument ReadMeantime(string path)
    {
        var xml = File.ReadAllText(path);
        var text = new StringBuilder();
        var spans = new Dictionary<string, (int Start, int End)>();
        var scoredUntil = int.MaxValue;
        var sentence = -1;
        foreach (Match token in TokenPattern().Matches(xml))
        {
            var tokenSentence = int.Parse(token.Groups["s"].Value, CultureInfo.InvariantCulture);
            if (tokenSentence != sentence)
            {
                if (text.Length > 0)
                    text.Append('\n');
                if (tokenSentence > 5 && scoredUntil == int.MaxValue)
                    scoredUntil = text.Length;
                sentence = tokenSentence;
            }
            else
            {
                text.Append(' ');
            }
            var start = text.Length;
            text.Append(WebUtility.HtmlDecode(token.Groups["text"].Value));
            spans[token.Groups["id"].Value] = (start, text.Length);
        }

        DateOnly? dct = null;
        var gold = new List<Timex>();
        foreach (Match timex in MeantimeTimexPattern().Matches(xml))
        {
            var attributes = timex.Groups["attrs"].Value;
            if (Attribute(attributes, "functionInDocument") == "CREATION_TIME")
                dct = ParseDay(Attribute(attributes, "value") ?? "");
            var anchors = AnchorPattern().Matches(timex.Groups["body"].Value).Select(a => spans[a.Groups[1].Value]).ToList();
            if (anchors.Count == 0)
                continue;
            gold.Add(new Timex(anchors.Min(a => a.Start), anchors.Max(a => a.End), TypeOf(attributes), Attribute(attributes, "value")));
        }
        return new TimexDocument(Path.GetFileName(path), text.ToString(), dct, gold, scoredUntil);
    }

    private static TimexType TypeOf(string attributes) => Attribute(attributes, "type") switch
    {
        "TIME" => TimexType.Time,
        "DURATION" => TimexType.Duration,
        "SET" => TimexType.Set,
        _ => TimexType.Date,
    };

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $@"\b{name}=""([^""]*)""") is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>DCT values are YYYY-MM-DD, once DD-MM-YYYY in MEANTIME.</summary>
    private static DateOnly? ParseDay(string value) =>
        DateOnly.TryParseExact(value.Length >= 10 ? value[..10] : value, ["yyyy-MM-dd", "dd-MM-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    [GeneratedRegex(@"<DCT>\s*<TIMEX3[^>]*value=""([^""]+)""")]
    private static partial Regex DctPattern();

    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z0-9]+)[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"<token\b(?=[^>]*\bt_id=""(?<id>\d+)"")(?=[^>]*\bsentence=""(?<s>\d+)"")[^>]*>(?<text>[^<]*)</token>")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"<TIMEX3 (?<attrs>[^>]*)>(?<body>.*?)</TIMEX3>", RegexOptions.Singleline)]
    private static partial Regex MeantimeTimexPattern();

    [GeneratedRegex(@"<token_anchor t_id=""(\d+)""")]
    private static partial Regex AnchorPattern();
}
