using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using Extractor.Fetching;

namespace Extractor.Warc;

/// <summary>
/// Reads WARC and WARC.gz files as a stream of records, one at a time (gzip members one by one, nothing held
/// beyond the current record): the "response" records with an HTTP message become fetch results, with the
/// body de-chunked and decompressed when the stored headers say so. Records over the size cap are skipped
/// unread and reported as too large.
/// </summary>
public static class WarcReader
{
    /// <summary>A response record; <paramref name="RecordId"/> is its WARC-Record-ID, unique to the record.</summary>
    public sealed record Record(FetchResult Response, bool WrittenByFetch, string? TooLarge, string? RecordId = null);

    public static bool IsWarc(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    public static async IAsyncEnumerable<Record> ReadAsync(string path, long maxBytes, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        await using var _ = stream;
        var input = new BufferedStream(stream, 1 << 16);
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var version = ReadLine(input);
            while (version is not null && version.Length == 0)
                version = ReadLine(input); // the blank lines between records
            if (version is null)
                yield break;
            if (!version.StartsWith("WARC/", StringComparison.Ordinal))
                throw new InvalidDataException($"{path}: not a WARC record header: '{Truncate(version)}'");
            var fields = ReadFields(input);
            var length = long.Parse(fields.GetValueOrDefault("content-length") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            var type = fields.GetValueOrDefault("warc-type");
            var isResponse = type == "response" && (fields.GetValueOrDefault("content-type") ?? "").StartsWith("application/http", StringComparison.OrdinalIgnoreCase);
            if (!isResponse)
            {
                Skip(input, length);
                continue;
            }
            var target = fields.GetValueOrDefault("warc-target-uri") ?? "";
            var recordId = fields.GetValueOrDefault("warc-record-id");
            var requested = fields.GetValueOrDefault(WarcWriter.RequestedUriField.ToLowerInvariant());
            if (length > maxBytes + 64 * 1024)
            {
                Skip(input, length);
                yield return new Record(new FetchResult { RequestedUrl = requested ?? target, FinalUrl = target }, requested is not null,
                    $"record of {Sources.Sizes.Describe(length)} is over the {Sources.Sizes.Describe(maxBytes)} limit (--max-input-mb)", recordId);
                continue;
            }
            var block = new byte[length];
            input.ReadExactly(block);
            var response = Http(block, requested ?? target, target, DateOf(fields));
            if (int.TryParse(fields.GetValueOrDefault(WarcWriter.AttemptsField.ToLowerInvariant()), out var attempts))
                response = response with { Attempts = attempts };
            var tooLarge = response.Body?.Length > maxBytes ? $"response of {Sources.Sizes.Describe(response.Body.Length)} is over the {Sources.Sizes.Describe(maxBytes)} limit (--max-input-mb)" : null;
            yield return new Record(response, requested is not null, tooLarge, recordId);
        }
    }

    /// <summary>An HTTP response message (status line, headers, body) as a fetch result.</summary>
    private static FetchResult Http(byte[] block, string requested, string target, DateTimeOffset fetched)
    {
        var end = IndexOf(block, "\r\n\r\n"u8);
        var headEnd = end < 0 ? block.Length : end;
        var lines = Encoding.Latin1.GetString(block, 0, headEnd).Split("\r\n");
        var status = lines[0].Split(' ', 3);
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
                headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }
        var body = end < 0 ? [] : block[(end + 4)..];
        string? Header(string name) => headers.LastOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
        if (Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
            body = Dechunk(body);
        if (Header("Content-Encoding") is { } encoding)
            body = Decompress(body, encoding);
        var contentType = Header("Content-Type");
        System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media);
        return new FetchResult
        {
            RequestedUrl = requested,
            FinalUrl = target,
            Status = status.Length > 1 && int.TryParse(status[1], out var code) ? code : 0,
            Reason = status.Length > 2 ? status[2] : null,
            Headers = headers,
            Body = body,
            MediaType = media?.MediaType,
            Charset = media?.CharSet?.Trim('"', '\''),
            FetchedAt = fetched,
        };
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        var at = 0;
        while (at < body.Length)
        {
            var lineEnd = IndexOf(body.AsSpan(at), "\r\n"u8);
            if (lineEnd < 0)
                break;
            var sizeText = Encoding.ASCII.GetString(body, at, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out var size) || size == 0)
                break;
            at += lineEnd + 2;
            output.Write(body, at, Math.Min(size, body.Length - at));
            at += size + 2;
        }
        return output.ToArray();
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        try
        {
            using Stream decoder = encoding.Trim().ToLowerInvariant() switch
            {
                "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
                "deflate" => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
                "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
                _ => new MemoryStream(body),
            };
            using var output = new MemoryStream();
            decoder.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return body; // headers that say gzip over a body that is not: keep what is there
        }
    }

    private static DateTimeOffset DateOf(Dictionary<string, string> fields) =>
        DateTimeOffset.TryParse(fields.GetValueOrDefault("warc-date"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ? date : DateTimeOffset.MinValue;

    private static Dictionary<string, string> ReadFields(Stream input)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (ReadLine(input) is { Length: > 0 } line)
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
                fields[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }
        return fields;
    }

    /// <summary>A header line without its CRLF, or null at the end of the stream.</summary>
    private static string? ReadLine(Stream input)
    {
        var bytes = new List<byte>(128);
        int b;
        while ((b = input.ReadByte()) >= 0)
        {
            if (b == '\n')
                return Encoding.UTF8.GetString(bytes.ToArray()).TrimEnd('\r');
            bytes.Add((byte)b);
            if (bytes.Count > 64 * 1024)
                throw new InvalidDataException("a WARC header line longer than 64 KB");
        }
        return bytes.Count == 0 ? null : Encoding.UTF8.GetString(bytes.ToArray()).TrimEnd('\r');
    }

    private static void Skip(Stream input, long length)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            var read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (read == 0)
                throw new EndOfStreamException("a WARC record ends before its Content-Length");
            length -= read;
        }
    }

    private static int IndexOf(ReadOnlySpan<byte> data, ReadOnlySpan<byte> pattern) => data.IndexOf(pattern);

    private static string Truncate(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
