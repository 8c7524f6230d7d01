namespace Extractor.Sources;

/// <summary>A read-only stream that yields bytes already read (to sniff the content) and then the rest of the inner stream.</summary>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream inner) : ReadOnlyWrapperStream(inner)
{
    private int _position;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position < prefixLength)
        {
            var n = Math.Min(buffer.Length, prefixLength - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
        return Inner.Read(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        if (_position < prefixLength)
            return Read(buffer.Span);
        return await Inner.ReadAsync(buffer, ct);
    }
}
