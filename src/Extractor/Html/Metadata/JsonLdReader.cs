using System.Text.Json;
using AngleSharp.Dom;

namespace Extractor.Html.Metadata;

/// <summary>
/// Reads every &lt;script type="application/ld+json"&gt; leniently (comments, trailing commas, broken blocks
/// skipped) and returns the article-like objects at any nesting: arrays, @graph, mainEntity.
/// </summary>
public static class JsonLdReader
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "TechArticle",
        "ScholarlyArticle", "SocialMediaPosting", "DiscussionForumPosting", "Review", "VideoObject", "WebPage",
    };

    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Article-like objects, the most specific types (news articles) first, then in page order.</summary>
    public static List<JsonLdArticle> Read(IDocument document)
    {
        var found = new List<JsonLdArticle>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            var json = script.TextContent.Trim();
            if (json.Length == 0)
                continue;
            try
            {
                using var doc = JsonDocument.Parse(json, Lenient);
                Collect(doc.RootElement, found, depth: 0);
            }
            catch (JsonException)
            {
                // A broken block is common (CMS templates) and says nothing reliable: skip it.
            }
        }
        return found.OrderBy(a => Rank(a.Type)).ToList();
    }

    private static int Rank(string type) => type switch
    {
        _ when type.EndsWith("NewsArticle", StringComparison.OrdinalIgnoreCase) => 0,
        "Article" or "BlogPosting" or "LiveBlogPosting" or "Report" => 1,
        "WebPage" or "VideoObject" => 3,
        _ => 2,
    };

    private static void Collect(JsonElement element, List<JsonLdArticle> found, int depth)
    {
        if (depth > 8)
            return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                Collect(item, found, depth + 1);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
            return;

        if (TypeOf(element) is { } type)
            found.Add(ToArticle(type, element));
        foreach (var nested in (ReadOnlySpan<string>)["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"])
            if (element.TryGetProperty(nested, out var child) && child.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                Collect(child, found, depth + 1);
    }

    private static string? TypeOf(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
            return null;
        if (type.ValueKind == JsonValueKind.String)
            return ArticleTypes.Contains(type.GetString()!) ? type.GetString() : null;
        if (type.ValueKind == JsonValueKind.Array)
            foreach (var t in type.EnumerateArray())
                if (t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!))
                    return t.GetString();
        return null;
    }

    private static JsonLdArticle ToArticle(string type, JsonElement e) => new(
        type,
        Text(e, "headline") ?? Text(e, "name"),
        Text(e, "datePublished"),
        Text(e, "dateCreated"),
        e.TryGetProperty("author", out var author) ? Names(author) : [],
        e.TryGetProperty("publisher", out var publisher) ? Names(publisher).FirstOrDefault() : null,
        Text(e, "inLanguage"),
        Text(e, "url"));

    private static string? Text(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value))
            return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => value[0].GetString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : MetaTags.Clean(text);
    }

    /// <summary>Names of a person/organization value: a string, an object with "name", or an array of either.</summary>
    private static List<string> Names(JsonElement value)
    {
        var names = new List<string>();
        switch (value.ValueKind)
        {
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()):
                names.Add(MetaTags.Clean(value.GetString()!));
                break;
            case JsonValueKind.Object when Text(value, "name") is { } name:
                names.Add(name);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                    names.AddRange(Names(item));
                break;
        }
        return names;
    }
}
