namespace Extractor.Html.MainText;

/// <summary>
/// The article text found in a page, one block per line, how it was found, and whether it reads like an article
/// at all (a home page's teaser list or an error page does not).
/// </summary>
public sealed record MainTextResult(string Text, int Blocks, string Method, string? NotAnArticleBecause = null)
{
    public bool IsArticle => NotAnArticleBecause is null;
}
