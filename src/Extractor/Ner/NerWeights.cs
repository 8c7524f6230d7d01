namespace Extractor.Ner;

/// <summary>
/// The tagger's maximum-entropy weights: per feature bucket, 9 label scores of the table that reads the previous
/// tag and, in models trained both ways, 9 of the table that reads the next tag, stored side by side (half
/// floats). Both tables look up the same buckets, so one memory access serves both: tagging is bound by these
/// random accesses into an 18–36 MB array, not by arithmetic.
/// </summary>
public sealed class NerWeights
{
    private readonly Half[] _weights;
    private readonly float[] _biases;

    /// <param name="tables">1 (previous tag only) or 2 (previous, then next tag).</param>
    public NerWeights(int bits, int tables, Half[] weights, float[] biases)
    {
        if (tables is < 1 or > 2)
            throw new ArgumentException("a model has one or two tables");
        Width = tables * NerLabels.Count;
        if (weights.Length != (1 << bits) * Width || biases.Length != Width)
            throw new ArgumentException("weights do not match the tag set and hash size");
        Bits = bits;
        Tables = tables;
        _weights = weights;
        _biases = biases;
    }

    public int Bits { get; }

    public int Tables { get; }

    /// <summary>Scores per bucket: 9 labels times the number of tables.</summary>
    public int Width { get; }

    /// <summary>The biases plus the rows of the token's own features (<see cref="Width"/> scores).</summary>
    public void Base(int[] buckets, float[] scores)
    {
        Array.Copy(_biases, scores, Width);
        foreach (var bucket in buckets)
            AddRow(bucket, scores);
    }

    public void AddRow(int bucket, float[] scores)
    {
        var row = _weights.AsSpan(bucket * Width, Width);
        for (var j = 0; j < row.Length; j++)
            scores[j] += (float)row[j];
    }

    /// <summary>
    /// Asks the processor to fetch the rows of these buckets into cache while other work goes on. A token's
    /// rows lie at random in a 36 MB array and are summed one after another; fetched early, their cache misses
    /// overlap instead of following each other.
    /// </summary>
    public unsafe void Prefetch(int[] buckets)
    {
        if (!System.Runtime.Intrinsics.X86.Sse.IsSupported)
            return;
        fixed (Half* start = _weights)
        {
            foreach (var bucket in buckets)
            {
                var row = start + bucket * Width;
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(row);
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(row + Width - 1); // a row may straddle two cache lines
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Tables);
        foreach (var bias in _biases)
            writer.Write(bias);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_weights.AsSpan()));
    }

    public static NerWeights Read(BinaryReader reader, int bits, string path)
    {
        var tables = reader.ReadInt32();
        if (tables is < 1 or > 2)
            throw new InvalidDataException($"{path} has {tables} weight tables, expected 1 or 2");
        var biases = new float[tables * NerLabels.Count];
        for (var i = 0; i < biases.Length; i++)
            biases[i] = reader.ReadSingle();
        var weights = new Half[(1 << bits) * biases.Length];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan());
        if (reader.BaseStream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) != bytes.Length)
            throw new InvalidDataException($"{path} is truncated");
        return new NerWeights(bits, tables, weights, biases);
    }
}
