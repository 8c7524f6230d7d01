using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Text;

namespace Extractor.Stages;

/// <summary>Tokens and sentences with offsets into the text: the base every language stage uses.</summary>
public sealed class SentenceStage : IStage
{
    public string Name => "sentences";
    public Capability Needs => Capability.Text;
    public Capability Gives => Capability.Sentences | Capability.Tokens;

    public void Run(Article article, CancellationToken ct)
    {
        Tokenizer.Tokenize(article.AnalysisText, 0, article.AnalysisText.Length, article.Tokens);
        ct.ThrowIfCancellationRequested();
        article.Sentences.AddRange(SentenceSplitter.Split(article.AnalysisText, article.Tokens));
    }
}
