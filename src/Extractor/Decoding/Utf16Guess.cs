using System.Text;

namespace Extractor.Decoding;

/// <summary>
/// UTF-16 without a byte-order mark, as some Windows tools save text: mostly Latin script, so every other byte
/// is zero, at odd offsets for little-endian and even ones for big-endian. Binary files have zeros at both.
/// </summary>
public static class Utf16Guess
{
    public static Encoding? Of(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..(Math.Min(bytes.Length, 8192) & ~1)];
        if (head.Length < 4)
            return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < head.Length; i += 2)
        {
            if (head[i] == 0) evenZeros++;
            if (head[i + 1] == 0) oddZeros++;
        }
        var pairs = head.Length / 2;
        if (oddZeros > pairs * 3 / 10 && evenZeros == 0)
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
        if (evenZeros > pairs * 3 / 10 && oddZeros == 0)
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
        return null;
    }

    /// <summary>Whether a charset is one of the UTF-16 or UTF-32 forms, whose text is full of zero bytes.</summary>
    public static bool IsWide(Encoding encoding) => encoding is UnicodeEncoding or UTF32Encoding;
}
