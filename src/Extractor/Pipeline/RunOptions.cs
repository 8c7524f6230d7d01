using Extractor.Sources;

namespace Extractor.Pipeline;

/// <summary>How a batch runs: how many workers, whether output keeps input order, which documents to leave out.</summary>
public sealed record RunOptions
{
    /// <summary>Documents processed at once; each worker loads (reads, fetches) and extracts one document at a time.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Write records in input order; otherwise as they are done (faster when documents differ in size).</summary>
    public bool Ordered { get; init; }

    /// <summary>This run's part of the inputs (<c>--shard K/N</c>); null for all.</summary>
    public Shard? Shard { get; init; }

    /// <summary>Article ids already written (<c>--resume</c>): such documents are skipped without being read.</summary>
    public IReadOnlySet<string>? Done { get; init; }

    public bool InShard(PendingDocument document) => Shard is null || Shard.Contains(document.Identity);

    public bool AlreadyDone(PendingDocument document) => Done is not null && Done.Contains(document.ArticleId);
}
