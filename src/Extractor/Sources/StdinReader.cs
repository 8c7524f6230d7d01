using System.Runtime.CompilerServices;
using System.Text;
using Extractor.Model;

namespace Extractor.Sources;

/// <summary>
/// The <c>-</c> input. Standard input that starts with <c>{</c> is JSON Lines and is streamed record by record
/// (the CLI as a mapper in a pipe); anything else is one document, HTML or plain text.
/// </summary>
public static class StdinReader
{
    public const string SourceName = "-";

    public static async IAsyncEnumerable<SourceDocument> ReadAsync(
        Stream stdin, SourceOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        var head = new byte[4096];
        var headLength = await FillAsync(stdin, head, ct);
        var stream = new PrefixedStream(head, headLength, stdin);

        if (FirstNonSpace(head.AsSpan(0, headLength)) == '{')
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            await foreach (var doc in JsonRecordReader.ReadLinesAsync(reader, SourceName, options, ct))
                yield return doc.Text is null ? doc : doc with { Key = ContentKey(doc.Url, doc.Text) };
            yield break;
        }

        var bytes = await Sizes.ReadCappedAsync(stream, options.MaxInputBytes, ct);
        yield return bytes is null
            ? SourceDocument.Failed(SourceName, ErrorCodes.TooLarge, $"standard input is over the {Sizes.Describe(options.MaxInputBytes)} limit (--max-input-mb)")
            : new SourceDocument { Source = SourceName, Bytes = bytes, Key = "content:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)) };
    }

    /// <summary>
    /// Standard input has no name of its own: the line number "-#L3" is the same in every mapper of a Hadoop or
    /// Spark job, so an id-less record is known by its content (URL and text) instead. An "id" field still wins.
    /// </summary>
    private static string ContentKey(string? url, string content) => "content:" + ArticleIds.Sha256Hex((url ?? "") + "\u0000" + content);

    private static async Task<int> FillAsync(Stream stream, byte[] buffer, CancellationToken ct)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), ct)) > 0)
            total += read;
        return total;
    }

    private static char FirstNonSpace(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
            bytes = bytes[3..];
        foreach (var b in bytes)
            if (!char.IsWhiteSpace((char)b))
                return (char)b;
        return '\0';
    }
}
