using System.Text.Json;

namespace Extractor.Sources;

/// <summary>
/// Whether a JSON or JSON Lines file found in a folder holds articles, from its first bytes: the first record
/// (the top-level object, the first element of a top-level array, or the first line) has an "html", "text" or
/// "url" property at its own level. Gold annotations, settings and metadata files beside articles
/// (pretty-printed or not) do not, and are skipped and counted instead of failing one record each.
/// </summary>
public static class JsonArticleSniffer
{
    public static bool FirstRecordHoldsArticle(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            head = head[3..];
        var reader = new Utf8JsonReader(head, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }));
        var recordDepth = -1;
        try
        {
            while (reader.Read())
            {
                if (recordDepth < 0)
                {
                    if (reader.TokenType == JsonTokenType.StartArray && reader.CurrentDepth == 0)
                        continue;
                    if (reader.TokenType != JsonTokenType.StartObject)
                        return true; // not records of objects: the reader says what is wrong
                    recordDepth = reader.CurrentDepth;
                    continue;
                }
                if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == recordDepth)
                    return false; // the whole first record read, no article field
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == recordDepth + 1
                    && (reader.ValueTextEquals("html"u8) || reader.ValueTextEquals("text"u8) || reader.ValueTextEquals("url"u8)))
                    return true;
            }
        }
        catch (JsonException)
        {
            return true; // malformed: the reader reports it with the line number
        }
        return true; // the first record is longer than the sniffed bytes or the file is empty: let the reader decide
    }
}
