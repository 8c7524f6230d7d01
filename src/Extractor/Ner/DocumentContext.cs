namespace Extractor.Ner;

/// <summary>
/// What the rest of a document says about a capitalized word: how it is written elsewhere (capitalized inside a
/// sentence, or in lower case), the words around its other occurrences and where it stands in their capitalized
/// runs ("Bolton" is "at Bolton" in one line and "Bolton Wanderers" in another), and whether an all-capitals
/// word is the initials of a capitalized run elsewhere ("Kansas City Police Department ... KCPD").
/// A word is often ambiguous in one sentence and plain in another; a reader uses the whole story.
/// </summary>
public sealed class DocumentContext
{
    // A word repeated in a long results table adds little after its first few other occurrences.
    private const int MaxOccurrences = 12;
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "and", "the", "for", "&", "de", "du", "la" };

    private readonly IReadOnlyList<IReadOnlyList<string>> _sentences;
    private readonly string[][] _lower;
    private readonly Run?[][] _runs;
    private readonly bool[] _capsSentence;
    private readonly Dictionary<string, List<(int Sentence, int Token)>> _occurrences = new(StringComparer.Ordinal);
    private readonly HashSet<string> _runInitials = new(StringComparer.Ordinal);
    private readonly HashSet<(int Sentence, int Token)> _inExpandedAcronym = [];

    public HashSet<string> CapitalizedInside { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Lowercase { get; } = new(StringComparer.Ordinal);

    private DocumentContext(NerDocument document)
    {
        _sentences = document.Sentences;
        _capsSentence = _sentences.Select(WordShape.IsCapsSentence).ToArray();
        _lower = _sentences.Select(t => t.Select(w => w.ToLowerInvariant()).ToArray()).ToArray();
        _runs = _sentences.Select(Runs).ToArray();
        var acronyms = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < _sentences.Count; s++)
        {
            var sentence = _sentences[s];
            if (_capsSentence[s])
                continue; // headlines in capitals say nothing about how a word is written
            for (var i = 0; i < sentence.Count; i++)
            {
                var word = sentence[i];
                if (word.Length == 0 || !char.IsLetter(word[0]))
                    continue;
                if (char.IsLower(word[0]))
                {
                    Lowercase.Add(word);
                    continue;
                }
                var lower = _lower[s][i];
                if (i > 0 && sentence[i - 1] is not ("\"" or "``" or ":" or "-" or "(" or "'"))
                    CapitalizedInside.Add(lower);
                if (!_occurrences.TryGetValue(lower, out var list))
                    _occurrences[lower] = list = [];
                list.Add((s, i));
                if (IsAcronym(word))
                    acronyms.Add(word);
            }
        }
        if (acronyms.Count > 0)
            FindExpansions(acronyms);
    }

    public static DocumentContext Of(NerDocument document) => new(document);

    /// <summary>The other occurrences of the capitalized word at (sentence, token), outside capital headlines.</summary>
    public IEnumerable<(int Sentence, int Token)> OtherOccurrences(int sentence, int token, string lower)
    {
        if (!_occurrences.TryGetValue(lower, out var list))
            yield break;
        var taken = 0;
        foreach (var occurrence in list)
        {
            if (occurrence == (sentence, token))
                continue;
            if (++taken > MaxOccurrences)
                yield break;
            yield return occurrence;
        }
    }

    /// <summary>The words of a sentence in lower case.</summary>
    public string[] Lower(int sentence) => _lower[sentence];

    /// <summary>
    /// A run of capitalized words as one word of it sees it: its place ("2B": first of two; lengths stop at 4;
    /// B, I, E, or S for a word alone) and where the run starts and ends (token indices, end inclusive).
    /// </summary>
    public readonly record struct Run(string Position, int Start, int End);

    /// <summary>For each capitalized word of a sentence, the run it stands in; null for other words.</summary>
    public Run?[] Runs(int sentence) => _runs[sentence];

    /// <summary>The word is in capitals and some capitalized run of the document has it as initials.</summary>
    public bool IsExpandedAcronym(string word) => IsAcronym(word) && _runInitials.Contains(word);

    /// <summary>The token is part of a capitalized run whose initials appear as an acronym in the document.</summary>
    public bool ExpandsAcronym(int sentence, int token) => _inExpandedAcronym.Contains((sentence, token));

    private static Run?[] Runs(IReadOnlyList<string> tokens)
    {
        var runs = new Run?[tokens.Count];
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!WordShape.IsCapitalized(tokens[start]))
                continue;
            var end = start;
            while (end + 1 < tokens.Count && WordShape.IsCapitalized(tokens[end + 1]))
                end++;
            for (var i = start; i <= end; i++)
                runs[i] = new Run(Position(Math.Min(end - start + 1, 4), start == end ? 'S' : i == start ? 'B' : i == end ? 'E' : 'I'), start, end);
            start = end;
        }
        return runs;
    }

    // The nine names a word's place can take, as constants: one string per token would be made otherwise.
    private static string Position(int length, char place) => (length, place) switch
    {
        (1, _) => "1S",
        (2, 'B') => "2B", (2, _) => "2E",
        (3, 'B') => "3B", (3, 'I') => "3I", (3, _) => "3E",
        (_, 'B') => "4B", (_, 'I') => "4I", _ => "4E",
    };

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(char.IsUpper);

    /// <summary>
    /// Runs of capitalized words whose initials spell an acronym of the document. A joining word ("of", "and")
    /// may give its initial or not: "Bank of England" spells both BOE and BE.
    /// </summary>
    private void FindExpansions(HashSet<string> acronyms)
    {
        var longest = acronyms.Max(a => a.Length);
        var spellings = new List<string>();
        var next = new List<string>();
        for (var s = 0; s < _sentences.Count; s++)
        {
            if (_capsSentence[s])
                continue;
            var tokens = _sentences[s];
            for (var start = 0; start < tokens.Count; start++)
            {
                if (!WordShape.IsCapitalized(tokens[start]) || IsAcronym(tokens[start]))
                    continue;
                spellings.Clear();
                spellings.Add("");
                for (var end = start; end < tokens.Count && spellings.Count > 0; end++)
                {
                    var word = tokens[end];
                    var joiner = Joiners.Contains(word);
                    if (!joiner && (!WordShape.IsCapitalized(word) || !char.IsLetter(word[0])))
                        break;
                    next.Clear();
                    foreach (var spelled in spellings)
                    {
                        if (joiner)
                            next.Add(spelled);
                        if (spelled.Length < longest)
                            next.Add(spelled + char.ToUpperInvariant(word[0]));
                    }
                    (spellings, next) = (next.Distinct().ToList(), spellings);
                    if (joiner)
                        continue;
                    foreach (var spelled in spellings.Where(acronyms.Contains))
                    {
                        _runInitials.Add(spelled);
                        for (var j = start; j <= end; j++)
                            _inExpandedAcronym.Add((s, j));
                    }
                }
            }
        }
    }
}
