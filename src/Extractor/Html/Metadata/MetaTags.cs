using System.Net;
using AngleSharp.Dom;

namespace Extractor.Html.Metadata;

/// <summary>The page's &lt;meta&gt; values by lower-case name, property, itemprop or http-equiv; all values of a key kept in order.</summary>
public sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
                continue;
            content = Clean(content);
            foreach (var attribute in (ReadOnlySpan<string>)["name", "property", "itemprop", "http-equiv"])
            {
                var key = meta.GetAttribute(attribute);
                if (string.IsNullOrWhiteSpace(key))
                    continue;
                foreach (var part in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!_values.TryGetValue(part, out var list))
                        _values[part] = list = [];
                    list.Add(content);
                }
            }
        }
    }

    public string? First(string key) => _values.TryGetValue(key, out var list) ? list[0] : null;

    public IReadOnlyList<string> All(string key) => _values.TryGetValue(key, out var list) ? list : [];

    /// <summary>Some CMSs escape twice ("&amp;#039;"); one more decoding pass and white space collapsed.</summary>
    public static string Clean(string value) =>
        string.Join(' ', WebUtility.HtmlDecode(value).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
