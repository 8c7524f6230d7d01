using System.Text.Json;

namespace Extractor.Output;

/// <summary>
/// What a JSON Lines output already holds, for <c>--resume</c>: the article ids of its complete records. A last
/// line that a killed run left torn (no newline, or not a whole JSON object) is cut off, so it is done again
/// and the file stays valid.
/// </summary>
public static class ResumeFile
{
    public sealed record State(HashSet<string> Done, long TornBytes, int UnreadableLines);

    public static State Prepare(string path)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path))
            return new State(done, 0, 0);
        long goodEnd = 0;
        var unreadable = 0;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            var line = new MemoryStream();
            long position = 0;
            int b;
            // Byte by byte through a buffered stream: simple, and the offsets are exact whatever the encoding.
            while ((b = stream.ReadByte()) >= 0)
            {
                position++;
                if (b != '\n')
                {
                    line.WriteByte((byte)b);
                    continue;
                }
                if (ArticleId(line.GetBuffer().AsSpan(0, (int)line.Length)) is { } id)
                {
                    done.Add(id);
                    goodEnd = position;
                }
                else if (line.Length > 0)
                {
                    unreadable++;
                    goodEnd = position; // a damaged line in the middle stays; only a torn end is cut
                }
                else
                {
                    goodEnd = position;
                }
                line.SetLength(0);
            }
        }
        var length = new FileInfo(path).Length;
        var torn = length - goodEnd;
        if (torn > 0)
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
            file.SetLength(goodEnd);
        }
        return new State(done, torn, unreadable);
    }

    /// <summary>The top-level "article_id" of one JSON line, or null when the line is not a whole JSON object.</summary>
    private static string? ArticleId(ReadOnlySpan<byte> line)
    {
        if (line.IsEmpty)
            return null;
        try
        {
            var reader = new Utf8JsonReader(line);
            string? id = null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("article_id"u8))
                {
                    reader.Read();
                    id = reader.GetString();
                    reader.Skip();
                }
                else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth > 0)
                {
                    reader.Skip();
                }
            }
            return id; // reaching the end without an exception: the object is whole
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
