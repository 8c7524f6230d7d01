namespace Extractor.Ner;

/// <summary>
/// Turns tokens into hashed feature buckets: the word and its neighbours, shapes and shape n-grams, affixes,
/// capitalized runs, sentence-initial handling, document-level evidence about how the same word is written
/// elsewhere, gazetteer marks and preceding titles. The previous tag's features are added by the decoder.
/// </summary>
public sealed class NerFeaturizer(Gazetteer gazetteer, int bits)
{
    public int Bits => bits;

    /// <summary>Features of one token, and its short shape and lower-case form for the previous-tag conjunctions.</summary>
    public readonly record struct TokenFeatures(int[] Buckets, string Shape, string Lower);

    private enum T
    {
        Word = 1, Lower, Shape, ShortShape, Prefix, Suffix = Prefix + 5, PrevWord = Suffix + 5, NextWord, PrevWord2, NextWord2,
        PrevShape, NextShape, PrevWordWord, WordNextWord, PrevShapeShape, ShapeNextShape, ShapeTrigram, SentenceInitial,
        CapitalizedElsewhere, LowerElsewhere, Gazetteer, PrevGazetteer, NextGazetteer, Title, CapRun, CapsSentence, PrevTag, PrevTagShape,
        Length, PrevTagWord, CharGram, LeftBag, RightBag,
    }

    public List<TokenFeatures[]> Featurize(NerDocument document)
    {
        var evidence = DocumentEvidence.Of(document);
        return document.Sentences.Select(s => Featurize(s, evidence)).ToList();
    }

    public int PrevTag(int label) => FeatureHash.Bucket((int)T.PrevTag, label, bits);

    public int PrevTagShape(int label, string shape) => FeatureHash.Bucket((int)T.PrevTagShape, NerLabels.All[label], shape, bits);

    public int PrevTagWord(int label, string lower) => FeatureHash.Bucket((int)T.PrevTagWord, NerLabels.All[label], lower, bits);

    private TokenFeatures[] Featurize(IReadOnlyList<string> tokens, DocumentEvidence evidence)
    {
        var n = tokens.Count;
        var lower = tokens.Select(t => t.ToLowerInvariant()).ToArray();
        var shapes = tokens.Select(WordShape.Long).ToArray();
        var shorts = tokens.Select(WordShape.Short).ToArray();
        var gaz = gazetteer.Mark(tokens);
        var capsSentence = WordShape.IsCapsSentence(tokens);
        var result = new TokenFeatures[n];
        var features = new List<int>(48);
        for (var i = 0; i < n; i++)
        {
            features.Clear();
            var word = tokens[i];
            Add(features, T.Word, word);
            Add(features, T.Lower, lower[i]);
            Add(features, T.Shape, shapes[i]);
            Add(features, T.ShortShape, shorts[i]);
            for (var k = 1; k <= Math.Min(4, word.Length); k++)
            {
                Add(features, T.Prefix + k, lower[i].AsSpan(0, k));
                Add(features, T.Suffix + k, lower[i].AsSpan(word.Length - k));
            }
            Add(features, T.Length, Math.Min(word.Length, 12));
            AddCharGrams(features, word);
            for (var d = 1; d <= 4; d++)
            {
                // Words near the token, on either side, wherever they stand in that window.
                if (i - d >= 0)
                    Add(features, T.LeftBag, lower[i - d]);
                if (i + d < n)
                    Add(features, T.RightBag, lower[i + d]);
            }

            var prev = i > 0 ? lower[i - 1] : "<s>";
            var next = i + 1 < n ? lower[i + 1] : "</s>";
            var prevShape = i > 0 ? shorts[i - 1] : "<s>";
            var nextShape = i + 1 < n ? shorts[i + 1] : "</s>";
            Add(features, T.PrevWord, prev);
            Add(features, T.NextWord, next);
            Add(features, T.PrevWord2, i > 1 ? lower[i - 2] : "<s>");
            Add(features, T.NextWord2, i + 2 < n ? lower[i + 2] : "</s>");
            Add(features, T.PrevShape, prevShape);
            Add(features, T.NextShape, nextShape);
            Add(features, T.PrevWordWord, prev, lower[i]);
            Add(features, T.WordNextWord, lower[i], next);
            Add(features, T.PrevShapeShape, prevShape, shorts[i]);
            Add(features, T.ShapeNextShape, shorts[i], nextShape);
            Add(features, T.ShapeTrigram, prevShape + shorts[i], nextShape);

            var capitalized = WordShape.IsCapitalized(word);
            if (i == 0 && capitalized)
                Add(features, T.SentenceInitial, lower[i]);
            if (capitalized && evidence.CapitalizedInside.Contains(lower[i]))
                Add(features, T.CapitalizedElsewhere, i == 0 ? "initial" : "inside");
            if (capitalized && evidence.Lowercase.Contains(lower[i]))
                Add(features, T.LowerElsewhere, i == 0 ? "initial" : "inside");
            if (gaz[i] is { } mark)
                Add(features, T.Gazetteer, mark);
            if (i > 0 && gaz[i - 1] is { } prevMark)
                Add(features, T.PrevGazetteer, prevMark);
            if (i + 1 < n && gaz[i + 1] is { } nextMark)
                Add(features, T.NextGazetteer, nextMark);
            if (capitalized && i > 0 && (gaz[i - 1]?.StartsWith("TITLE", StringComparison.Ordinal) ?? false))
                Add(features, T.Title, "after-title");

            if (capitalized)
            {
                var start = i;
                while (start > 0 && WordShape.IsCapitalized(tokens[start - 1]))
                    start--;
                var end = i;
                while (end + 1 < n && WordShape.IsCapitalized(tokens[end + 1]))
                    end++;
                var length = Math.Min(end - start + 1, 4);
                var position = start == end ? "S" : i == start ? "B" : i == end ? "E" : "I";
                Add(features, T.CapRun, length + position);
            }
            if (capsSentence)
                Add(features, T.CapsSentence, shorts[i]);
            result[i] = new TokenFeatures(features.ToArray(), shorts[i], lower[i]);
        }
        return result;
    }

    /// <summary>Character n-grams (2 to 6) of the word with boundary marks, so that unseen words share parts with known ones.</summary>
    private void AddCharGrams(List<int> features, string word)
    {
        if (word.Length > 24)
            return;
        Span<char> marked = stackalloc char[word.Length + 2];
        marked[0] = '<';
        word.AsSpan().CopyTo(marked[1..]);
        marked[^1] = '>';
        for (var length = 2; length <= 6; length++)
            for (var start = 0; start + length <= marked.Length; start++)
                features.Add(FeatureHash.Bucket((int)T.CharGram, marked.Slice(start, length), bits));
    }

    private void Add(List<int> features, T template, ReadOnlySpan<char> value) => features.Add(FeatureHash.Bucket((int)template, value, bits));

    private void Add(List<int> features, T template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => features.Add(FeatureHash.Bucket((int)template, a, b, bits));

    private void Add(List<int> features, T template, int value) => features.Add(FeatureHash.Bucket((int)template, value, bits));

    /// <summary>How words are written across the whole document: capitalized inside a sentence, or in lower case.</summary>
    private sealed record DocumentEvidence(HashSet<string> CapitalizedInside, HashSet<string> Lowercase)
    {
        public static DocumentEvidence Of(NerDocument document)
        {
            var capitalized = new HashSet<string>(StringComparer.Ordinal);
            var lower = new HashSet<string>(StringComparer.Ordinal);
            foreach (var sentence in document.Sentences)
            {
                if (WordShape.IsCapsSentence(sentence))
                    continue; // headlines in capitals say nothing about how a word is written
                for (var i = 0; i < sentence.Count; i++)
                {
                    var word = sentence[i];
                    if (word.Length == 0 || !char.IsLetter(word[0]))
                        continue;
                    if (char.IsLower(word[0]))
                        lower.Add(word);
                    else if (i > 0 && sentence[i - 1] is not ("\"" or "``" or ":" or "-" or "(" or "'"))
                        capitalized.Add(word.ToLowerInvariant());
                }
            }
            return new DocumentEvidence(capitalized, lower);
        }
    }
}
