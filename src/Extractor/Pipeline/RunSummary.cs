using Extractor.Model;

namespace Extractor.Pipeline;

/// <summary>Counts of a batch by status; the CLI's exit code and summary line come from it.</summary>
public sealed class RunSummary
{
    public int Total { get; private set; }
    public int Ok { get; private set; }
    public int Empty { get; private set; }
    public int Failed { get; private set; }
    public int Blocked { get; private set; }

    public bool AllOk => Total == Ok;

    public void Count(Article article)
    {
        Total++;
        switch (article.Status)
        {
            case ArticleStatus.Ok: Ok++; break;
            case ArticleStatus.Empty: Empty++; break;
            case ArticleStatus.Blocked: Blocked++; break;
            default: Failed++; break;
        }
    }

    public override string ToString() =>
        $"{Total} document{(Total == 1 ? "" : "s")}: {Ok} ok, {Empty} empty, {Failed} failed, {Blocked} blocked";
}
