using Extractor.Model;

namespace Extractor.Output;

/// <summary>Writes articles as they come. <see cref="CompleteAsync"/> closes the output (an array's bracket, a flush).</summary>
public interface IArticleWriter : IAsyncDisposable
{
    ValueTask WriteAsync(Article article, CancellationToken ct);

    ValueTask CompleteAsync(CancellationToken ct);
}
