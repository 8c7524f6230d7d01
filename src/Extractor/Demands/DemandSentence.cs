using Extractor.Model;
using Extractor.Ner;
using Extractor.Officials;
using Extractor.Text;

namespace Extractor.Demands;

/// <summary>One sentence as the demand patterns read it: its words and the tagged names placed on them.</summary>
public sealed record DemandSentence(int Index, List<Word> Words, List<WordSpan> Names)
{
    public static DemandSentence Of(Article article, NameIndex names, int index)
    {
        var sentence = article.Sentences[index];
        var words = Word.Of(article, sentence);
        return new DemandSentence(index, words, SentenceNames.Place(words, names.Within(sentence.Start, sentence.End)));
    }
}
