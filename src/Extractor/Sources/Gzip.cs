using System.Buffers.Binary;
using System.IO.Compression;

namespace Extractor.Sources;

/// <summary>
/// Gzip-compressed inputs ("story.html.gz", "dump.jsonl.gz"): archives are often kept compressed, so a file is
/// read through gzip and treated by the name it has inside (".html", ".jsonl"). WARC files have their own reader.
/// </summary>
public static class Gzip
{
    public static bool IsCompressed(string path) =>
        path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) && !Warc.WarcReader.IsWarc(path);

    /// <summary>The name without ".gz": what kind of file is inside.</summary>
    public static string InnerName(string path) => IsCompressed(path) ? path[..^3] : path;

    /// <summary>
    /// Whether the file ends with a whole gzip member. .NET's gzip reader reads every member of a file but ends
    /// quietly at the end of a cut one, so the file's last eight bytes decide: a whole file ends with the trailer
    /// of its last member, that member's CRC-32 and size (modulo 2^32). The inflated size agrees with that size
    /// for a file of one member; for a file of several (concatenated dumps, `cat a.gz b.gz`), the last member
    /// is the inflated stream's last bytes, which are inflated again to check their CRC-32. In a cut file those
    /// eight bytes are compressed data and fail both tests.
    /// </summary>
    public static bool EndsWhole(string path, long inflated)
    {
        if (Trailer(path) is not var (crc, size))
            return false;
        if ((uint)inflated == size)
            return true;
        if (inflated < size)
            return false;
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        return LastBytesHaveCrc(gzip, inflated - size, crc);
    }

    /// <summary><see cref="EndsWhole(string, long)"/> for a file already inflated whole into memory: no second decompression.</summary>
    public static bool EndsWhole(string path, byte[] inflated)
    {
        if (Trailer(path) is not var (crc, size))
            return false;
        if ((uint)inflated.LongLength == size)
            return true;
        return inflated.LongLength > size && System.IO.Hashing.Crc32.HashToUInt32(inflated.AsSpan((int)(inflated.LongLength - size))) == crc;
    }

    /// <summary>The CRC-32 and size (modulo 2^32) in the file's last eight bytes; null for a file too short to be gzip.</summary>
    private static (uint Crc, uint Size)? Trailer(string path)
    {
        using var file = File.OpenRead(path);
        if (file.Length < 18)
            return null;
        file.Seek(-8, SeekOrigin.End);
        Span<byte> trailer = stackalloc byte[8];
        file.ReadExactly(trailer);
        return (BinaryPrimitives.ReadUInt32LittleEndian(trailer), BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]));
    }

    private static bool LastBytesHaveCrc(Stream inflated, long skip, uint expected)
    {
        var buffer = new byte[1 << 16];
        var hash = new System.IO.Hashing.Crc32();
        int read;
        while ((read = inflated.Read(buffer)) > 0)
        {
            var start = (int)Math.Min(skip, read);
            skip -= start;
            hash.Append(buffer.AsSpan(start, read - start));
        }
        return skip == 0 && hash.GetCurrentHashAsUInt32() == expected;
    }

    /// <summary>The file's bytes as the reader should see them: decompressed when the name ends in ".gz".</summary>
    public static Stream OpenRead(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return IsCompressed(path) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }
}
