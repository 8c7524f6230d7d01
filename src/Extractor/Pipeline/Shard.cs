using System.Text;

namespace Extractor.Pipeline;

/// <summary>
/// Part K of N of the inputs (<c>--shard K/N</c>, K counted from 0): a document belongs to the shard given by a
/// fixed hash of its source, so N runs on N machines split the same inputs the same way, with nothing shared.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var index) || !int.TryParse(parts[1], out var count))
            throw new FormatException($"--shard wants K/N, e.g. 0/4, not '{text}'");
        if (count < 1 || index < 0 || index >= count)
            throw new FormatException($"--shard {text}: N must be at least 1 and K between 0 and N-1");
        return new Shard(index, count);
    }

    public bool Contains(string source) => Count == 1 || (int)(Fnv1a(source) % (ulong)Count) == Index;

    /// <summary>FNV-1a over the UTF-8 bytes: the same number on every machine and every .NET version (string.GetHashCode is not).</summary>
    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
