using Extractor.Html.MainText;
using Extractor.Model;
using Extractor.Pipeline;

namespace Extractor.Stages;

/// <summary>HTML input: the article's main text, without navigation, teasers, captions, share boxes and comments.</summary>
public sealed class MainTextStage : IStage
{
    public string Name => "maintext";
    public Capability Needs => Capability.Dom;
    public Capability Gives => Capability.Text;

    public void Run(Article article, CancellationToken ct)
    {
        if (article.Dom is null)
            return;
        var result = MainTextExtractor.Extract(article.Dom, ct);
        if (!result.IsArticle)
            throw new StageException(ErrorCodes.NoArticle, "no article in this page: " + result.NotAnArticleBecause, ArticleStatus.Empty);
        article.Text = TextNormalizer.Normalize(result.Text).Trim();
    }
}
