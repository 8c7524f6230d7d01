using Extractor.Model;
using Extractor.Pipeline;

namespace Extractor.Stages;

/// <summary>Settles the canonical text: no text is an <c>empty</c> result; otherwise its digest is recorded.</summary>
public sealed class TextStage : IStage
{
    public string Name => "text";
    public Capability Needs => Capability.Text;
    public Capability Gives => Capability.None;

    public void Run(Article article, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(article.Text))
            throw new StageException(ErrorCodes.NoText, "no article text was found in the document", ArticleStatus.Empty);
        article.TextSha256 = ArticleIds.Sha256Hex(article.Text);
    }
}
