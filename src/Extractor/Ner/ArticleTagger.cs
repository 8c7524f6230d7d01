using Extractor.Model;

namespace Extractor.Ner;

/// <summary>Runs the tagger over an article's sentences and returns the names with offsets into its text.</summary>
public static class ArticleTagger
{
    public static List<NamedSpan> Tag(NerModel model, Article article, CancellationToken ct = default)
    {
        var sentences = article.Sentences
            .Select(s => (IReadOnlyList<string>)article.Tokens.Skip(s.FirstToken).Take(s.TokenCount).Select(t => article.AnalysisText[t.Start..t.End]).ToList())
            .ToList();
        var tags = model.Tag(new NerDocument(sentences), ct);
        var spans = new List<NamedSpan>();
        for (var s = 0; s < tags.Count; s++)
        {
            var first = article.Sentences[s].FirstToken;
            foreach (var (start, end, type) in DocumentConsistency.Spans(tags[s]))
            {
                var from = article.Tokens[first + start].Start;
                var to = article.Tokens[first + end - 1].End;
                spans.Add(new NamedSpan(type, article.AnalysisText[from..to], from, to));
            }
        }
        return spans;
    }
}
