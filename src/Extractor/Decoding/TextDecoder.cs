using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Decoding;

/// <summary>
/// Decodes a document from bytes once: a forced charset, then the byte-order mark, then a charset the transport
/// declared, then an HTML meta charset, then strict UTF-8. Undeclared bytes that are not UTF-8 are refused with
/// the offset of the first bad byte instead of being silently garbled.
/// </summary>
public static partial class TextDecoder
{
    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public sealed record Result(string Text, string EncodingName, string DecidedBy);

    public sealed class DecodeException(string code, string message) : Exception(message)
    {
        public string Code { get; } = code;
    }

    public static Result Decode(byte[] bytes, bool isHtml, string? forcedCharset, string? declaredCharset)
    {
        if (forcedCharset is not null)
            return With(bytes, Resolve(forcedCharset, "--encoding"), "option");

        var bom = FromBom(bytes, out var bomLength);
        if (bom is not null)
            return new Result(bom.GetString(bytes, bomLength, bytes.Length - bomLength), bom.WebName, "bom");
        if (Utf16Guess.Of(bytes) is { } utf16)
            return With(bytes, utf16, "detector");

        // Bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever a label says: old news sites often
        // declare ISO-8859-1 or windows-1252 over UTF-8 text, while legacy text is almost never valid UTF-8 by chance.
        var isAscii = System.Text.Ascii.IsValid(bytes);
        if (!isAscii && System.Text.Unicode.Utf8.IsValid(bytes))
        {
            var label = declaredCharset ?? (isHtml ? MetaCharset(bytes) : null);
            var utf8Label = label is null || TryResolve(label) is UTF8Encoding;
            return new Result(Encoding.UTF8.GetString(bytes), "utf-8", utf8Label ? (label is null ? "default" : declaredCharset is null ? "meta" : "http") : "utf8_check");
        }

        if (declaredCharset is not null && TryResolve(declaredCharset) is { } declared and not UTF8Encoding)
            return With(bytes, declared, "http");

        if (isHtml && MetaCharset(bytes) is { } meta && TryResolve(meta) is { } metaEncoding and not UTF8Encoding)
            return With(bytes, metaEncoding, "meta");

        if (isAscii || !isHtml)
            return With(bytes, new UTF8Encoding(false, throwOnInvalidBytes: true), "default");

        // An undeclared page that is not UTF-8: guess as browsers do, from the byte statistics.
        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(bytes).Detected;
        if (detected?.Encoding is { } guess && detected.Confidence >= 0.2f && guess is not UTF8Encoding)
            return With(bytes, guess, "detector");
        return With(bytes, Encoding.GetEncoding(1252), "fallback");
    }

    private static Result With(byte[] bytes, Encoding encoding, string decidedBy)
    {
        if (encoding is UTF8Encoding)
            encoding = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return new Result(encoding.GetString(bytes), encoding.WebName, decidedBy);
        }
        catch (DecoderFallbackException e)
        {
            throw new DecodeException(Model.ErrorCodes.InvalidEncoding,
                $"not valid {encoding.WebName} (charset from {decidedBy}): bad byte at offset {e.Index}; " +
                "give the right charset with --encoding, e.g. --encoding windows-1252");
        }
    }

    private static Encoding Resolve(string name, string origin) =>
        TryResolve(name) ?? throw new DecodeException(Model.ErrorCodes.UnknownEncoding, $"unknown charset '{name}' ({origin})");

    /// <summary>The charset a label names (WHATWG-style: Latin-1 labels mean windows-1252), or null for an unknown label.</summary>
    public static Encoding? TryResolve(string name)
    {
        try
        {
            // As browsers do (WHATWG Encoding), Latin-1 and ASCII labels mean windows-1252.
            var label = name.Trim().ToLowerInvariant();
            return label is "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1"
                ? Encoding.GetEncoding(1252)
                : Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? FromBom(ReadOnlySpan<byte> bytes, out int length)
    {
        (Encoding? encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false, true), 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => ((Encoding)Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    /// <summary>The charset of a &lt;meta charset&gt; or http-equiv Content-Type in the first 1024 bytes, as the HTML standard's prescan looks.</summary>
    private static string? MetaCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
