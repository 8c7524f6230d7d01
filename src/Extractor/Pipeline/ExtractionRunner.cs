using System.Threading.Channels;
using Extractor.Model;
using Extractor.Output;
using Extractor.Sources;

namespace Extractor.Pipeline;

/// <summary>
/// Drives a batch: documents flow from the sources through a bounded channel to N workers, each of which loads
/// a document and runs the pipeline on it; one writer task writes records as they are done (or in input
/// order with <see cref="RunOptions.Ordered"/>). At most a fixed window of documents is in flight or waiting
/// to be written, so memory stays flat whatever the number of inputs. <paramref name="onArticle"/> lets the
/// caller report (the CLI prints failures and progress); it is called from the writer task only.
/// </summary>
public sealed class ExtractionRunner(ExtractionPipeline pipeline, IArticleWriter writer, Action<Article>? onArticle = null)
{
    private sealed record Job(long Sequence, PendingDocument Document);
    private sealed record Done(long Sequence, Article Article);

    public Task<RunSummary> RunAsync(IAsyncEnumerable<SourceDocument> documents, CancellationToken ct) =>
        RunAsync(Pending(documents), new RunOptions { Parallelism = 1, Ordered = true }, ct);

    public async Task<RunSummary> RunAsync(IAsyncEnumerable<PendingDocument> documents, RunOptions options, CancellationToken ct)
    {
        var workers = Math.Max(1, options.Parallelism);
        var window = new SemaphoreSlim(workers * 4);
        var jobs = Channel.CreateBounded<Job>(new BoundedChannelOptions(workers * 2) { SingleWriter = true });
        var done = Channel.CreateUnbounded<Done>(new UnboundedChannelOptions { SingleReader = true });
        var summary = new RunSummary();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);

        var producer = Task.Run(async () =>
        {
            try
            {
                long sequence = 0;
                await foreach (var document in documents.WithCancellation(stop.Token))
                {
                    if (!options.InShard(document))
                        continue;
                    if (options.AlreadyDone(document))
                    {
                        summary.Skip();
                        continue;
                    }
                    await window.WaitAsync(stop.Token);
                    await jobs.Writer.WriteAsync(new Job(sequence++, document), stop.Token);
                }
            }
            finally
            {
                jobs.Writer.TryComplete();
            }
        }, stop.Token);

        var workerTasks = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await foreach (var job in jobs.Reader.ReadAllAsync(stop.Token))
            {
                var source = await LoadAsync(job.Document, stop.Token);
                var article = pipeline.Process(source, stop.Token);
                await done.Writer.WriteAsync(new Done(job.Sequence, article), stop.Token);
            }
        }, stop.Token)).ToArray();

        var allWorkers = Task.WhenAll(workerTasks).ContinueWith(t => done.Writer.TryComplete(t.Exception), TaskScheduler.Default);

        try
        {
            var waiting = new SortedDictionary<long, Article>();
            long next = 0;
            await foreach (var finished in done.Reader.ReadAllAsync(stop.Token))
            {
                if (!options.Ordered)
                {
                    await WriteAsync(finished.Article, summary, window, stop.Token);
                    continue;
                }
                waiting[finished.Sequence] = finished.Article;
                while (waiting.Remove(next, out var article))
                {
                    await WriteAsync(article, summary, window, stop.Token);
                    next++;
                }
            }
            await producer;
            await allWorkers;
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
        await writer.CompleteAsync(ct);
        return summary;
    }

    /// <summary>Loads a document; a loader that throws costs that document, not the batch.</summary>
    private static async Task<SourceDocument> LoadAsync(PendingDocument document, CancellationToken ct)
    {
        try
        {
            return await document.LoadAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return SourceDocument.Failed(document.Source, e is OperationCanceledException ? ErrorCodes.Timeout : ErrorCodes.Internal, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private async Task WriteAsync(Article article, RunSummary summary, SemaphoreSlim window, CancellationToken ct)
    {
        await writer.WriteAsync(article, ct);
        summary.Count(article);
        onArticle?.Invoke(article);
        window.Release();
    }

    private static async IAsyncEnumerable<PendingDocument> Pending(IAsyncEnumerable<SourceDocument> documents)
    {
        await foreach (var document in documents)
            yield return PendingDocument.Ready(document);
    }
}
