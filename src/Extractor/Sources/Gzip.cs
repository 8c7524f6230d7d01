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
    /// Whether the inflated size agrees with the size in the file's last four bytes (modulo 2^32). .NET's gzip
    /// reader ends quietly at the end of a cut file; the trailer tells a cut download from a whole one. A file of
    /// several gzip members (rare outside concatenated logs) carries only its last member's size there.
    /// </summary>
    public static bool SizeMatchesTrailer(string path, long inflated)
    {
        using var file = File.OpenRead(path);
        if (file.Length < 18)
            return false;
        file.Seek(-4, SeekOrigin.End);
        Span<byte> trailer = stackalloc byte[4];
        file.ReadExactly(trailer);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer) == (uint)inflated;
    }

    /// <summary>The file's bytes as the reader should see them: decompressed when the name ends in ".gz".</summary>
    public static Stream OpenRead(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return IsCompressed(path) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }
}
