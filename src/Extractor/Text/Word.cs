using Extractor.Model;

namespace Extractor.Text;

/// <summary>
/// A token seen as a word of its sentence: its text, a comparison key (lower case, periods dropped, curly
/// apostrophes straightened: "Sen." and "sen" are one key) and its offsets. Rule-based stages (officials,
/// demands) match phrases on keys.
/// </summary>
public readonly record struct Word(string Surface, string Key, int Start, int End, TokenKind Kind)
{
    // default(Word) stands for "no word" (an empty phrase); it is neither capitalized nor a lower-case word.
    public bool IsCapitalized => Surface is { Length: > 0 } s && char.IsUpper(s[0]);
    public bool IsLowerWord => Kind == TokenKind.Word && Surface is { Length: > 0 } s && char.IsLower(s[0]);

    public static string KeyOf(string surface) => surface.Replace(".", "").Replace('\u2019', '\'').ToLowerInvariant();

    /// <summary>The words of one sentence of the article.</summary>
    public static List<Word> Of(Article article, Sentence sentence)
    {
        var words = new List<Word>(sentence.TokenCount);
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            var token = article.Tokens[i];
            var surface = article.AnalysisText[token.Start..token.End];
            words.Add(new Word(surface, KeyOf(surface), token.Start, token.End, token.Kind));
        }
        return words;
    }

    /// <summary>The keys of a phrase from a word list, tokenized as article text is ("State's Attorney" → state, 's, attorney).</summary>
    public static string[] KeysOfPhrase(string phrase) =>
        Tokenizer.Tokenize(phrase).Select(t => KeyOf(phrase[t.Start..t.End])).ToArray();
}
