namespace Extractor.Sources;

/// <summary>A read-only wrapper that counts the bytes read through it (how much a gzip stream inflated to).</summary>
public sealed class CountingStream(Stream inner) : ReadOnlyWrapperStream(inner)
{
    public long BytesRead { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Counted(Inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Counted(Inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Counted(await Inner.ReadAsync(buffer, cancellationToken));

    private int Counted(int read)
    {
        BytesRead += read;
        return read;
    }
}
