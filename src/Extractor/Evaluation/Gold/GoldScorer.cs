using System.Text.Json;
using static Extractor.Evaluation.Gold.GoldText;

namespace Extractor.Evaluation.Gold;

/// <summary>
/// Scores extraction records against a gold file by the rules of ../shared/tools/score.py (ported; a test pins
/// the agreement on a fixture): predictions meet gold lines by the base name of their source; organizations by
/// name or alias, people and officials by name (officials also title), quotes by token overlap (and speaker),
/// demands by keywords in text plus target (and actor), dates as a set of ISO values, published by day.
/// </summary>
public static class GoldScorer
{
    public static GoldScore Score(IReadOnlyList<JsonElement> gold, IReadOnlyList<JsonElement> predictions)
    {
        var byName = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in predictions)
        {
            var key = BaseName(GetString(p, "source") ?? GetString(p, "input") ?? "");
            if (key.Length > 0)
                byName[key] = p;
        }
        var score = new GoldScore { Articles = gold.Count };
        var goldKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in gold)
        {
            var key = BaseName(GetString(g, "input"));
            goldKeys.Add(key);
            if (!byName.TryGetValue(key, out var p))
            {
                score.ArticlesWithoutPrediction.Add(key);
                p = JsonDocument.Parse("{}").RootElement;
            }
            var lines = new List<string>();
            Published(g, p, score, lines);
            Organizations(g, p, score, lines);
            People(g, p, score, lines);
            Officials(g, p, score, lines);
            Quotes(g, p, score, lines);
            Demands(g, p, score, lines);
            Dates(g, p, score, lines);
            if (lines.Count > 0)
            {
                score.Details.Add($"[{GetString(g, "id")}] {key}");
                score.Details.AddRange(lines);
            }
        }
        score.ArticlesWithoutPrediction.Sort(StringComparer.Ordinal);
        score.PredictionsNotInGold.AddRange(byName.Keys.Where(k => !goldKeys.Contains(k)).Order(StringComparer.Ordinal));
        return score;
    }

    private static void Published(JsonElement g, JsonElement p, GoldScore score, List<string> lines)
    {
        var gold = GetString(g, "published");
        if (string.IsNullOrEmpty(gold))
            return;
        var predicted = Truthy(Get(p, "published")) ? NormDate(PyString(Get(p, "published"))) : null;
        score.Published.Add(predicted == gold);
        if (predicted != gold)
            lines.Add($"  published: gold {gold}, pred {PyString(Get(p, "published")) ?? "None"}");
    }

    private static void Organizations(JsonElement g, JsonElement p, GoldScore score, List<string> lines)
    {
        var gold = AsList(Get(g, "organizations"));
        var goldForms = gold.Select(GoldForms).ToList();
        var predicted = AsList(Get(p, "organizations"));
        var predictedForms = predicted.Select(PredictedForms).ToList();
        var m = GoldMatcher.Match(goldForms, predictedForms, (a, b) => a.Overlaps(b) ? 1 : 0);
        score.Counts["organizations"].Add(m.Matches.Count, m.FalsePositives, m.UnmatchedGold.Count);
        foreach (var i in m.UnmatchedGold)
            lines.Add($"  org missed: {GetString(gold[i], "name")}");
        foreach (var (i, why) in m.UnmatchedPredicted)
            lines.Add($"  org {why}: {FieldString(predicted[i], "name", "text") ?? "None"}");
    }

    private static HashSet<string> GoldForms(JsonElement o)
    {
        if (o.ValueKind == JsonValueKind.String)
            return new[] { NormOrg(o.GetString()!) }.Where(f => f.Length > 0).ToHashSet();
        var forms = new List<string?> { GetString(o, "name") };
        forms.AddRange(AsList(Get(o, "aliases")).Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : null));
        return forms.Where(f => !string.IsNullOrEmpty(f)).Select(f => NormOrg(f!)).Where(f => f.Length > 0).ToHashSet();
    }

    private static HashSet<string> PredictedForms(JsonElement o)
    {
        if (o.ValueKind == JsonValueKind.String)
            return new[] { NormOrg(o.GetString()!) }.Where(f => f.Length > 0).ToHashSet();
        if (o.ValueKind != JsonValueKind.Object)
            return [];
        var name = Get(o, "name") is { } n && Truthy(n) ? n : Get(o, "text");
        var forms = new List<JsonElement?> { name };
        forms.AddRange(AsList(Get(o, "aliases")).Select(a => (JsonElement?)a));
        return forms.Where(f => f is { ValueKind: JsonValueKind.String } s && s.GetString()!.Length > 0)
            .Select(f => NormOrg(f!.Value.GetString()!)).Where(f => f.Length > 0).ToHashSet();
    }

    private static double PersonStrength(string? gold, string? predicted)
    {
        var g = NameTokens(gold ?? "");
        var p = NameTokens(predicted ?? "");
        if (g.Count == 0 || p.Count == 0)
            return 0;
        if (g.SequenceEqual(p))
            return 3;
        if (g.Count >= 2 && p.Count >= 2 && g[0] == p[0] && g[^1] == p[^1])
            return 2;
        if (g[^1] == p[^1] && (g.Count == 1 || p.Count == 1))
            return 1;
        return 0;
    }

    private static string? PredictedName(JsonElement x) => FieldString(x, "name", "text");

    private static void People(JsonElement g, JsonElement p, GoldScore score, List<string> lines)
    {
        var gold = AsList(Get(g, "people")).Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : GetString(x, "name")).ToList();
        var predicted = AsList(Get(p, "people")).Select(PredictedName).Where(n => !string.IsNullOrEmpty(n)).ToList();
        var m = GoldMatcher.Match(gold, predicted, PersonStrength);
        score.Counts["people"].Add(m.Matches.Count, m.FalsePositives, m.UnmatchedGold.Count);
        foreach (var i in m.UnmatchedGold)
            lines.Add($"  person missed: {gold[i]}");
        foreach (var (i, why) in m.UnmatchedPredicted)
            lines.Add($"  person {why}: {predicted[i]}");
    }

    private static void Officials(JsonElement g, JsonElement p, GoldScore score, List<string> lines)
    {
        var gold = AsList(Get(g, "officials"));
        var predicted = AsList(Get(p, "officials")).Where(x => !string.IsNullOrEmpty(PredictedName(x))).ToList();
        string? PredictedTitle(JsonElement b) => b.ValueKind == JsonValueKind.Object ? PyString(Get(b, "title")) : null;
        double Strength(JsonElement a, JsonElement b)
        {
            var s = PersonStrength(GetString(a, "name"), PredictedName(b));
            if (s != 0 && TitleOk(GetString(a, "title"), PredictedTitle(b)))
                s += 0.5;
            return s;
        }
        var m = GoldMatcher.Match(gold, predicted, Strength);
        score.Counts["officials"].Add(m.Matches.Count, m.FalsePositives, m.UnmatchedGold.Count);
        foreach (var (gi, pi) in m.Matches)
        {
            var title = PredictedTitle(predicted[pi]);
            var ok = TitleOk(GetString(gold[gi], "title"), title);
            score.Title.Add(ok);
            if (!ok)
                lines.Add($"  official title wrong: {GetString(gold[gi], "name")} gold {Repr(GetString(gold[gi], "title"))} pred {Repr(title)}");
        }
        foreach (var i in m.UnmatchedGold)
            lines.Add($"  official missed: {GetString(gold[i], "name")} ({GetString(gold[i], "title") ?? "None"})");
        foreach (var (i, why) in m.UnmatchedPredicted)
            lines.Add($"  official {why}: {PredictedName(predicted[i])}");
    }

    /// <summary>score.py's quote_strength: token overlap over the shorter text, at least 0.6, lengths within 2.5x.</summary>
    public static double QuoteStrength(string? gold, string? predicted)
    {
        var g = TextTokens(gold ?? "");
        var p = TextTokens(predicted ?? "");
        if (g.Count == 0 || p.Count == 0)
            return 0;
        var (shorter, longer) = g.Count <= p.Count ? (g, p) : (p, g);
        if (longer.Count > 2.5 * shorter.Count)
            return 0;
        var overlap = Overlap(g, p) / shorter.Count;
        return overlap >= 0.6 ? overlap : 0;
    }

    private static double QuoteOverlap(string? a, string? b)
    {
        var g = TextTokens(a ?? "");
        var p = TextTokens(b ?? "");
        return g.Count == 0 || p.Count == 0 ? 0 : Overlap(g, p) / Math.Min(g.Count, p.Count);
    }

    private static double Overlap(List<string> a, List<string> b)
    {
        var counts = a.GroupBy(t => t).ToDictionary(x => x.Key, x => x.Count());
        var shared = 0;
        foreach (var t in b)
        {
            if (counts.TryGetValue(t, out var n) && n > 0)
            {
                counts[t] = n - 1;
                shared++;
            }
        }
        return shared;
    }

    private static JsonElement AsObject(JsonElement x, string field) =>
        x.ValueKind == JsonValueKind.Object ? x : JsonDocument.Parse(JsonSerializer.Serialize(new Dictionary<string, JsonElement> { [field] = x })).RootElement;

    private static void Quotes(JsonElement g, JsonElement p, GoldScore score, List<string> lines)
    {
        var gold = AsList(Get(g, "quotes"));
        var predicted = AsList(Get(p, "quotes")).Select(x => AsObject(x, "text")).Where(x => !string.IsNullOrEmpty(FieldString(Get(x, "text"), "text"))).ToList();
        var m = GoldMatcher.Match(gold, predicted, (a, b) => QuoteStrength(GetString(a, "text"), FieldString(Get(b, "text"), "text")));
        score.Counts["quotes"].Add(m.Matches.Count, m.FalsePositives, m.UnmatchedGold.Count);
        foreach (var (gi, pi) in m.Matches)
        {
            var speaker = FieldString(Get(predicted[pi], "speaker"), "name", "text");
            var ok = SamePersonRef(GetString(gold[gi], "speaker"), speaker);
            score.Speaker.Add(ok);
            if (!ok)
                lines.Add($"  quote speaker wrong: gold {Repr(GetString(gold[gi], "speaker"))} pred {Repr(speaker)} | {Cut(GetString(gold[gi], "text"), 60)}");
        }
        foreach (var i in m.UnmatchedGold)
            lines.Add($"  quote missed: {Cut(GetString(gold[i], "text"), 80)}");
        foreach (var (i, why) in m.UnmatchedPredicted)
            lines.Add($"  quote {why}: {Cut(FieldString(Get(predicted[i], "text"), "text"), 80)}");
    }

    private static bool DemandMatch(IEnumerable<string> keywords, string? text, string? target)
    {
        var tokens = TextTokens((text ?? "") + " " + (target ?? ""));
        foreach (var keyword in keywords)
            foreach (var part in TextTokens(keyword))
                if (!tokens.Any(t => t.StartsWith(part, StringComparison.Ordinal)))
                    return false;
        return true;
    }

    private static string? ActorOf(JsonElement b) =>
        FieldString(b.TryGetProperty("actor", out var actor) ? actor : Get(b, "by"), "name", "text");

    private static void Demands(JsonElement g, JsonElement p, GoldScore score, List<string> lines)
    {
        var gold = AsList(Get(g, "demands"));
        var predicted = AsList(Get(p, "demands")).Select(x => AsObject(x, "text"))
            .Where(x => !string.IsNullOrEmpty(FieldString(Get(x, "text"), "text")) || !string.IsNullOrEmpty(FieldString(Get(x, "target"), "name", "text"))).ToList();
        double Strength(JsonElement a, JsonElement b)
        {
            var text = FieldString(Get(b, "text"), "text");
            var keywords = AsList(Get(a, "keywords")).Select(k => k.GetString() ?? "");
            if (!DemandMatch(keywords, text, FieldString(Get(b, "target"), "name", "text")))
                return 0;
            var bonus = SamePersonRef(GetString(a, "by"), ActorOf(b)) ? 0.5 : 0;
            return 1 + bonus + 0.25 * QuoteOverlap(GetString(a, "text"), text);
        }
        var m = GoldMatcher.Match(gold, predicted, Strength);
        score.Counts["demands"].Add(m.Matches.Count, m.FalsePositives, m.UnmatchedGold.Count);
        foreach (var (gi, pi) in m.Matches)
        {
            var actor = ActorOf(predicted[pi]);
            var ok = SamePersonRef(GetString(gold[gi], "by"), actor);
            score.Actor.Add(ok);
            if (!ok)
                lines.Add($"  demand actor wrong: gold {Repr(GetString(gold[gi], "by"))} pred {Repr(actor)} | {Cut(GetString(gold[gi], "text"), 60)}");
        }
        foreach (var i in m.UnmatchedGold)
            lines.Add($"  demand missed: {Cut(GetString(gold[i], "text"), 70)} [{string.Join(", ", AsList(Get(gold[i], "keywords")).Select(k => Repr(k.GetString())))}]");
        foreach (var (i, why) in m.UnmatchedPredicted)
            lines.Add($"  demand {why}: {Cut(FieldString(Get(predicted[i], "text"), "text"), 80)}");
    }

    private static void Dates(JsonElement g, JsonElement p, GoldScore score, List<string> lines)
    {
        static string? ValueOf(JsonElement d) => NormDate(PyString(d.ValueKind == JsonValueKind.Object ? Get(d, "value") : d));
        var gold = AsList(Get(g, "dates")).Select(ValueOf).OfType<string>().ToHashSet();
        var predicted = AsList(Get(p, "dates")).Select(ValueOf).Where(v => !string.IsNullOrEmpty(v)).OfType<string>().ToHashSet();
        score.Counts["dates"].Add(gold.Count(predicted.Contains), predicted.Count(v => !gold.Contains(v)), gold.Count(v => !predicted.Contains(v)));
        foreach (var v in gold.Where(v => !predicted.Contains(v)).Order(StringComparer.Ordinal))
            lines.Add($"  date missed: {v}");
        foreach (var v in predicted.Where(v => !gold.Contains(v)).Order(StringComparer.Ordinal))
            lines.Add($"  date extra: {v}");
    }

    private static string Cut(string? text, int length) => text is null ? "None" : text.Length <= length ? text : text[..length];

    private static string Repr(string? text) => text is null ? "None" : "'" + text + "'";
}
