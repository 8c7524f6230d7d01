using System.Globalization;
using System.IO.Compression;
using System.Text;
using Extractor.Fetching;

namespace Extractor.Warc;

/// <summary>
/// Writes fetched responses as WARC/1.1 "response" records (ISO 28500), so a study can rerun extraction offline
/// from exactly what the servers sent. With a .gz path every record is its own gzip member, as Common Crawl
/// and the tools that read it expect. The body is stored decompressed; Content-Encoding and Transfer-Encoding
/// are kept under X-Crawler- names so that readers do not decode twice. Thread-safe: records are whole.
/// </summary>
public sealed class WarcWriter : IDisposable
{
    /// <summary>An extension field: the URL as it was asked for, before redirects (WARC-Target-URI is the final one).</summary>
    public const string RequestedUriField = "Extractor-Requested-URI";

    /// <summary>An extension field: how many requests the response took (retries), so messages read back the same.</summary>
    public const string AttemptsField = "Extractor-Attempts";

    private readonly Stream _output;
    private readonly bool _gzip;
    private readonly Lock _lock = new();

    public WarcWriter(string path, string software)
    {
        _output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        _gzip = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var info = Encoding.UTF8.GetBytes($"software: {software}\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n");
        Write([("WARC-Type", "warcinfo"), ("WARC-Date", Date(DateTimeOffset.UtcNow)), ("WARC-Filename", Path.GetFileName(path)), ("Content-Type", "application/warc-fields")], info);
    }

    public void WriteResponse(FetchResult result)
    {
        if (!result.HasResponse)
            throw new ArgumentException("only responses are stored", nameof(result));
        var body = result.Body ?? [];
        var http = new StringBuilder();
        http.Append(CultureInfo.InvariantCulture, $"HTTP/{result.HttpVersion.Major}.{result.HttpVersion.Minor} {result.Status} {result.Reason}\r\n");
        foreach (var (name, value) in result.Headers)
        {
            var stored = name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase) || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)
                ? "X-Crawler-" + name
                : name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) ? "X-Crawler-Content-Length" : name;
            http.Append(stored).Append(": ").Append(value.Replace("\r", "").Replace("\n", " ")).Append("\r\n");
        }
        http.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n");
        var head = Encoding.UTF8.GetBytes(http.ToString());
        var block = new byte[head.Length + body.Length];
        head.CopyTo(block, 0);
        body.CopyTo(block, head.Length);
        Write([
            ("WARC-Type", "response"),
            ("WARC-Target-URI", result.FinalUrl ?? result.RequestedUrl),
            ("WARC-Date", Date(result.FetchedAt)),
            (RequestedUriField, result.RequestedUrl),
            (AttemptsField, result.Attempts.ToString(CultureInfo.InvariantCulture)),
            ("Content-Type", "application/http;msgtype=response"),
        ], block);
    }

    private void Write(IReadOnlyList<(string Name, string Value)> fields, byte[] block)
    {
        var header = new StringBuilder("WARC/1.1\r\n");
        header.Append(CultureInfo.InvariantCulture, $"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n");
        foreach (var (name, value) in fields)
            header.Append(name).Append(": ").Append(value).Append("\r\n");
        header.Append(CultureInfo.InvariantCulture, $"Content-Length: {block.Length}\r\n\r\n");
        var record = new MemoryStream();
        Stream target = _gzip ? new GZipStream(record, CompressionLevel.Fastest, leaveOpen: true) : record;
        target.Write(Encoding.UTF8.GetBytes(header.ToString()));
        target.Write(block);
        target.Write("\r\n\r\n"u8);
        if (_gzip)
            target.Dispose();
        lock (_lock)
        {
            record.Position = 0;
            record.CopyTo(_output);
            _output.Flush();
        }
    }

    private static string Date(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public void Dispose() => _output.Dispose();
}
