using Extractor.Model;

namespace Extractor.Pipeline;

/// <summary>
/// Counts of a batch by status; the CLI's exit code and summary line come from it. Records are counted by the
/// one writer task; skipped documents by the producer, hence the interlocked counter.
/// </summary>
public sealed class RunSummary
{
    private int _skipped;

    public int Total { get; private set; }
    public int Ok { get; private set; }
    public int Empty { get; private set; }
    public int Failed { get; private set; }
    public int Blocked { get; private set; }

    /// <summary>Documents whose page declares another language, so that the English-only stages were left out.</summary>
    public int OtherLanguage { get; private set; }

    /// <summary>Documents left out because a resumed output already has them.</summary>
    public int Skipped => Volatile.Read(ref _skipped);

    public bool AllOk => Total == Ok;

    public void Skip() => Interlocked.Increment(ref _skipped);

    public void Count(Article article)
    {
        Total++;
        if (article.Errors.Any(e => e.Code == ErrorCodes.UnsupportedLanguage))
            OtherLanguage++;
        switch (article.Status)
        {
            case ArticleStatus.Ok: Ok++; break;
            case ArticleStatus.Empty: Empty++; break;
            case ArticleStatus.Blocked: Blocked++; break;
            default: Failed++; break;
        }
    }

    public override string ToString() =>
        $"{Total} document{(Total == 1 ? "" : "s")}: {Ok} ok, {Empty} empty, {Failed} failed, {Blocked} blocked"
        + (OtherLanguage > 0 ? $"; {OtherLanguage} in another language (no people, organizations, quotes or demands: --any-language)" : "")
        + (Skipped > 0 ? $"; {Skipped} skipped (already in the output)" : "");
}
