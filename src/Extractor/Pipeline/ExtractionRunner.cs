using Extractor.Model;
using Extractor.Output;
using Extractor.Sources;

namespace Extractor.Pipeline;

/// <summary>
/// Drives a batch: documents from a source stream through the pipeline into a writer, one at a time, output
/// written as each document is done. <paramref name="onArticle"/> lets the caller report (the CLI prints failures).
/// </summary>
public sealed class ExtractionRunner(ExtractionPipeline pipeline, IArticleWriter writer, Action<Article>? onArticle = null)
{
    public async Task<RunSummary> RunAsync(IAsyncEnumerable<SourceDocument> documents, CancellationToken ct)
    {
        var summary = new RunSummary();
        await foreach (var document in documents.WithCancellation(ct))
        {
            var article = pipeline.Process(document, ct);
            await writer.WriteAsync(article, ct);
            summary.Count(article);
            onArticle?.Invoke(article);
        }
        await writer.CompleteAsync(ct);
        return summary;
    }
}
