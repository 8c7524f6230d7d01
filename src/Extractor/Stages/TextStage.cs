using Extractor.Model;
using Extractor.Pipeline;

namespace Extractor.Stages;

/// <summary>
/// Settles the canonical text: no text is an <c>empty</c> result; otherwise its digest is recorded, and a text
/// longer than the language stages read is given its analysed part (see <see cref="PipelineOptions.MaxAnalysisChars"/>).
/// </summary>
public sealed class TextStage(int maxAnalysisChars = PipelineOptions.DefaultMaxAnalysisChars) : IStage
{
    public string Name => "text";
    public Capability Needs => Capability.Text;
    public Capability Gives => Capability.None;

    public void Run(Article article, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(article.Text))
            throw new StageException(ErrorCodes.NoText, "no article text was found in the document", ArticleStatus.Empty);
        article.TextSha256 = ArticleIds.Sha256Hex(article.Text);
        if (article.Text.Length <= maxAnalysisChars)
            return;
        var cut = AnalysisCut(article.Text, maxAnalysisChars);
        article.AnalysisText = article.Text[..cut];
        article.Errors.Add(new ExtractionError(Name, ErrorCodes.TextTruncated, FormattableString.Invariant(
            $"the text has {article.Text.Length:N0} characters; dates, people, organizations, officials, quotes and demands were looked for in the first {cut:N0} only (the whole text is in 'text'); status stays ok")));
    }

    /// <summary>Where the analysed part ends: at the last paragraph or sentence end in the final tenth before the limit, else at the limit (never inside a surrogate pair).</summary>
    public static int AnalysisCut(string text, int limit)
    {
        var floor = limit - limit / 10;
        var paragraph = text.LastIndexOf('\n', limit - 1, limit - floor);
        if (paragraph > floor)
            return paragraph + 1;
        var sentence = text.LastIndexOf(". ", limit - 2, limit - floor - 1, StringComparison.Ordinal);
        if (sentence > floor)
            return sentence + 2;
        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }
}
