using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Extractor.Model;

namespace Extractor.Output;

/// <summary>The one way an article becomes JSON: snake_case names, every contract field present, null included.</summary>
public static class ArticleJson
{
    public static readonly JsonSerializerOptions Compact = Create(indented: false);
    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    public static string Serialize(Article article, bool indented = false) =>
        JsonSerializer.Serialize(article, (indented ? Indented : Compact).GetTypeInfo(typeof(Article)));

    public static void Write(Utf8JsonWriter writer, Article article, bool indented) =>
        JsonSerializer.Serialize(writer, article, (indented ? Indented : Compact).GetTypeInfo(typeof(Article)));

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(ArticleJsonContext.Default.Options)
        {
            WriteIndented = indented,
            // Quotes and accented names stay readable; the output is a data file, not HTML to embed.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: false);
        return options;
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Article))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;
