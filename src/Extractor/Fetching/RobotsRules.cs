namespace Extractor.Fetching;

/// <summary>
/// The rules of one robots.txt (RFC 9309) for one crawler: the groups naming its product token (the whole
/// token, ignoring case and any version after a '/'), else the "*" groups; the longest matching Allow/Disallow path wins, Allow on a tie; "*" matches any run, "$" the end.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(bool Allow, string Pattern)> _rules;

    private RobotsRules(List<(bool, string)> rules) => _rules = rules;

    public static RobotsRules AllowAll { get; } = new([]);
    public static RobotsRules DisallowAll { get; } = new([(false, "/")]);

    public static RobotsRules Parse(string text, string agent)
    {
        var groups = new List<(List<string> Agents, List<(bool, string)> Rules)>();
        List<string>? agents = null;
        List<(bool, string)>? rules = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0)
                continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (!lastWasAgent)
                {
                    agents = [];
                    rules = [];
                    groups.Add((agents, rules));
                }
                // The line names a product token; what follows it ("Extractor/1.0") is not part of the name.
                agents!.Add(FetchOptions.ProductToken(value).ToLowerInvariant() is { Length: > 0 } named ? named : value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (rules is null)
                continue;
            if (key == "allow" && value.Length > 0)
                rules.Add((true, value));
            else if (key == "disallow" && value.Length > 0)
                rules.Add((false, value));
        }
        var token = agent.ToLowerInvariant();
        // Matched whole, case-insensitively (RFC 9309 §2.2.1): a group for "ex" is not one for "Extractor".
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && a == token)).ToList();
        if (mine.Count == 0)
            mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsRules(mine.SelectMany(g => g.Rules).ToList());
    }

    public bool Allows(string pathAndQuery)
    {
        var path = string.IsNullOrEmpty(pathAndQuery) ? "/" : pathAndQuery;
        var best = -1;
        var allowed = true;
        foreach (var (allow, pattern) in _rules)
        {
            if (!Matches(pattern, path))
                continue;
            var length = pattern.Length;
            if (length > best || (length == best && allow))
            {
                best = length;
                allowed = allow;
            }
        }
        return allowed;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
            return false;
        var at = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            var found = path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0)
                return false;
            at = found + parts[i].Length;
        }
        if (!anchored)
            return true;
        if (parts.Length == 1)
            return at == path.Length;
        return path.EndsWith(parts[^1], StringComparison.Ordinal);
    }
}
