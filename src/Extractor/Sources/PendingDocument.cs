using Extractor.Model;

namespace Extractor.Sources;

/// <summary>
/// A document known by its source before it is read: the runner decides from the source alone whether it is
/// this shard's and whether a resumed run already has it, and only then loads it, in a worker, so that files
/// and URLs are read in parallel.
/// </summary>
public sealed record PendingDocument(string Source, string? Id, Func<CancellationToken, Task<SourceDocument>> LoadAsync)
{
    /// <summary>See <see cref="SourceDocument.Key"/>; the document <see cref="LoadAsync"/> gives has the same.</summary>
    public string? Key { get; init; }

    /// <summary>The string the article_id and the shard come from.</summary>
    public string Identity => Key ?? Source;

    /// <summary>The article_id the record will have: the id given with the input, else the digest of its identity.</summary>
    public string ArticleId => Id ?? ArticleIds.FromSource(Identity);

    /// <summary>A document whose content is already at hand (a JSON Lines record, standard input).</summary>
    public static PendingDocument Ready(SourceDocument document) =>
        new(document.Source, document.Id, _ => Task.FromResult(document)) { Key = document.Key };
}
