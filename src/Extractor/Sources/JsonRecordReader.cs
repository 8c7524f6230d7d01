using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Extractor.Model;

namespace Extractor.Sources;

/// <summary>
/// Reads articles given as JSON objects with <c>html</c> or <c>text</c> and optional <c>url</c>, <c>published</c>,
/// <c>title</c>, <c>id</c>. JSON Lines is streamed line by line, so a malformed line fails alone; a <c>.json</c>
/// file may also hold one object or an array of them.
/// </summary>
public static class JsonRecordReader
{
    public static async IAsyncEnumerable<SourceDocument> ReadFileAsync(
        string path, SourceOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        if (Path.GetExtension(Gzip.InnerName(path)).Equals(".json", StringComparison.OrdinalIgnoreCase)
            && new FileInfo(path).Length <= options.MaxInputBytes
            && await TryReadWholeDocumentAsync(path, options, ct) is { } records)
        {
            foreach (var record in records)
                yield return record;
            yield break;
        }

        var counted = new CountingStream(Gzip.OpenRead(path));
        using var reader = new StreamReader(counted, detectEncodingFromByteOrderMarks: true);
        var damaged = false;
        await foreach (var doc in ReadLinesAsync(reader, path, options, ct))
        {
            damaged |= doc.LoadError?.Code == ErrorCodes.Unreadable;
            yield return doc;
        }
        if (Gzip.IsCompressed(path) && !damaged && !Gzip.EndsWhole(path, counted.BytesRead))
            yield return SourceDocument.Failed($"{path}#end", ErrorCodes.Unreadable,
                $"the gzip file ends early ({Sizes.Describe(counted.BytesRead)} inflated, not the size its trailer gives): records after the last one read are lost, and the last one may be cut");
    }

    public static async IAsyncEnumerable<SourceDocument> ReadLinesAsync(
        TextReader reader, string sourceName, SourceOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        // A record's content may be --max-input-mb long, and JSON escapes lengthen it: a line may be twice that.
        var lines = new BoundedLineReader(reader, 2 * options.MaxInputBytes + 64 * 1024);
        var lineNumber = 0;
        while (true)
        {
            lineNumber++;
            BoundedLineReader.Line? line;
            string? damage = null;
            try
            {
                line = await lines.ReadLineAsync(ct);
            }
            catch (InvalidDataException e)
            {
                // A damaged or cut gzip file: the records read so far stand, the rest is one failed record.
                line = null;
                damage = e.Message;
            }
            if (damage is not null)
            {
                yield return SourceDocument.Failed($"{sourceName}#L{lineNumber}", ErrorCodes.Unreadable,
                    $"cannot read on from line {lineNumber}: not a valid or complete gzip file ({damage})");
                yield break;
            }
            if (line is not { } read)
                break;
            var source = $"{sourceName}#L{lineNumber}";
            if (read.Text is null)
            {
                yield return SourceDocument.Failed(source, ErrorCodes.TooLarge,
                    $"line {lineNumber} is {read.Length} characters, over twice the {Sizes.Describe(options.MaxInputBytes)} limit (--max-input-mb); it was skipped without being parsed");
                continue;
            }
            if (string.IsNullOrWhiteSpace(read.Text))
                continue;
            yield return Parse(read.Text, source, options);
        }
    }

    private static async Task<IReadOnlyList<SourceDocument>?> TryReadWholeDocumentAsync(
        string path, SourceOptions options, CancellationToken ct)
    {
        string text;
        try
        {
            byte[]? bytes;
            await using (var stream = Gzip.OpenRead(path))
                bytes = await Sizes.ReadCappedAsync(stream, options.MaxInputBytes, ct);
            if (bytes is null)
                return null; // inflates past the cap (the file size said nothing for a .json.gz): read it line by line
            using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
            text = await reader.ReadToEndAsync(ct);
        }
        catch (InvalidDataException)
        {
            return null; // read line by line, where the damage becomes a failed record
        }
        JsonDocument doc;
        try { doc = JsonDocument.Parse(text); }
        catch (JsonException) { return null; } // not one JSON value: read it as JSON Lines
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
                return [FromElement(doc.RootElement, path, options)];
            return doc.RootElement.EnumerateArray()
                .Select((element, i) => FromElement(element, $"{path}#{i}", options))
                .ToList();
        }
    }

    internal static SourceDocument Parse(string json, string source, SourceOptions options)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return FromElement(doc.RootElement, source, options);
        }
        catch (JsonException e)
        {
            return SourceDocument.Failed(source, ErrorCodes.MalformedJson, $"not valid JSON: {e.Message}");
        }
    }

    private static SourceDocument FromElement(JsonElement element, string source, SourceOptions options)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return SourceDocument.Failed(source, ErrorCodes.MalformedJson,
                $"expected a JSON object with \"html\" or \"text\", found {element.ValueKind.ToString().ToLowerInvariant()}");

        var html = StringField(element, "html");
        var text = StringField(element, "text");
        var content = html ?? text;
        if (content is null)
            return SourceDocument.Failed(source, ErrorCodes.MissingContent, "record has neither an \"html\" nor a \"text\" string field");
        if (content.Length > options.MaxInputBytes)
            return SourceDocument.Failed(source, ErrorCodes.TooLarge,
                $"content is {content.Length} characters, over the {Sizes.Describe(options.MaxInputBytes)} limit (--max-input-mb)");

        return new SourceDocument
        {
            Source = source,
            Kind = html is not null ? ContentKind.Html : ContentKind.PlainText,
            Text = content,
            Id = IdField(element),
            Url = StringField(element, "url"),
            Title = StringField(element, "title"),
            Published = IsoDate(StringField(element, "published")),
        };
    }

    private static string? StringField(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? IdField(JsonElement element) =>
        element.TryGetProperty("id", out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText())
            : null;

    /// <summary>Keeps a given date only when it is ISO 8601, so the contract's <c>published</c> stays machine-readable.</summary>
    internal static string? IsoDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return value;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
               && value.Length >= 10 && value[4] == '-'
            ? value
            : null;
    }
}
