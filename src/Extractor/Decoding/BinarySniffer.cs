namespace Extractor.Decoding;

/// <summary>Recognizes content that is not text (images, archives, PDFs, executables) before anyone tries to decode it.</summary>
public static class BinarySniffer
{
    private static readonly (byte[] Magic, string Name)[] Signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ("%PDF"u8.ToArray(), "a PDF document"),
        ("PK\x03\x04"u8.ToArray(), "a ZIP archive (or an Office document)"),
        ([0x1F, 0x8B], "gzip-compressed data (decompress it first)"),
        ("RIFF"u8.ToArray(), "a RIFF media file"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an executable"),
    ];

    /// <summary>Returns what the bytes look like when they are not text, or null when they may be text.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, name) in Signatures)
            if (bytes.StartsWith(magic))
                return name;

        // UTF-16 text is full of zero bytes: it announces itself with a byte-order mark, or zeros every other byte.
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] || Utf16Guess.Of(bytes) is not null)
            return null;
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
                return "binary data (it contains NUL bytes)";
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C and not 0x1B)
                controls++;
        }
        return controls > head.Length / 10 ? "binary data (mostly control bytes)" : null;
    }
}
