namespace Extractor.Ner;

/// <summary>
/// FNV-1a hashing of feature templates and their values into a fixed number of weight rows, without building
/// strings: a template number and one or two character spans go in, a bucket comes out.
/// </summary>
public static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    public static int Bucket(int template, ReadOnlySpan<char> value, int bits) => Fold(Add(Start(template), value), bits);

    public static int Bucket(int template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, int bits) =>
        Fold(Add(Add(Add(Start(template), first), "|"), second), bits);

    public static int Bucket(int template, int value, int bits) => Fold(Mix(Start(template), (uint)value), bits);

    /// <summary>
    /// The hash of a template and a value, to be finished with a small number later: the decoder pairs a token's
    /// word and shape with each of the nine previous tags, and hashes the word once instead of nine times.
    /// </summary>
    public static uint Partial(int template, ReadOnlySpan<char> value) => Add(Start(template), value);

    public static int Bucket(uint partial, int value, int bits) => Fold(Mix(partial, (uint)value), bits);

    private static uint Start(int template) => Mix(Offset, (uint)template);

    private static uint Mix(uint hash, uint value)
    {
        for (var i = 0; i < 4; i++)
        {
            hash ^= (value >> (8 * i)) & 0xFF;
            hash *= Prime;
        }
        return hash;
    }

    private static uint Add(uint hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash ^= c & 0xFFu;
            hash *= Prime;
            hash ^= (uint)c >> 8;
            hash *= Prime;
        }
        return hash;
    }

    private static int Fold(uint hash, int bits) => (int)((hash ^ (hash >> bits)) & ((1u << bits) - 1));
}
