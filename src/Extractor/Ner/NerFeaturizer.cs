namespace Extractor.Ner;

/// <summary>
/// Turns tokens into hashed feature buckets: the word and its neighbours, shapes and shape n-grams, affixes,
/// capitalized runs, sentence-initial handling, gazetteer marks and preceding titles, and what the rest of the
/// document says about the word (<see cref="DocumentContext"/>) and what earlier sentences tagged it
/// (<see cref="LabelHistory"/>). The neighbour tag's features (previous or next tag) are added by the decoder.
/// </summary>
public sealed class NerFeaturizer(Gazetteer gazetteer, int bits)
{
    public int Bits => bits;

    /// <summary>
    /// Features of one token; its lower-case form; and its short shape and word, hashed, for the decoder to pair
    /// with the neighbour tag.
    /// </summary>
    public readonly record struct TokenFeatures(int[] Buckets, string Lower, uint ShapeHash, uint WordHash);

    // The templates' numbers are hashed into the shipped model: members may be renamed, never reordered or removed.
    private enum T
    {
        Word = 1, Lower, Shape, ShortShape, Prefix, Suffix = Prefix + 5, PrevWord = Suffix + 5, NextWord, PrevWord2, NextWord2,
        PrevShape, NextShape, PrevWordWord, WordNextWord, PrevShapeShape, ShapeNextShape, ShapeTrigram, SentenceInitial,
        CapitalizedElsewhere, LowerElsewhere, Gazetteer, PrevGazetteer, NextGazetteer, Title, CapRun, CapsSentence, NeighbourTag, NeighbourTagShape,
        Length, NeighbourTagWord, CharGram, LeftBag, RightBag, ElsewherePrev, ElsewhereNext, ElsewhereRun, Acronym, AcronymExpansion, HistoryMajority, HistorySeen, RunFirst, RunLast, RunOther,
    }

    /// <summary>Every sentence's features (training reads them all at once; tagging makes them one sentence at a time).</summary>
    public List<TokenFeatures[]> Featurize(NerDocument document)
    {
        var context = DocumentContext.Of(document);
        return document.Sentences.Select((s, index) => Featurize(s, index, context)).ToList();
    }

    /// <summary>One sentence's features, with what the whole document says of its words (<see cref="DocumentContext"/>).</summary>
    public TokenFeatures[] Featurize(NerDocument document, int sentence, DocumentContext context) =>
        Featurize(document.Sentences[sentence], sentence, context);

    public int NeighbourTag(int label) => FeatureHash.Bucket((int)T.NeighbourTag, label, bits);

    public int NeighbourTagShape(int label, in TokenFeatures token) => FeatureHash.Bucket(token.ShapeHash, label, bits);

    public int NeighbourTagWord(int label, in TokenFeatures token) => FeatureHash.Bucket(token.WordHash, label, bits);

    private TokenFeatures[] Featurize(IReadOnlyList<string> tokens, int sentence, DocumentContext context)
    {
        var n = tokens.Count;
        var lower = context.Lower(sentence);
        var runs = context.Runs(sentence);
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
            if (capitalized && context.CapitalizedInside.Contains(lower[i]))
                Add(features, T.CapitalizedElsewhere, i == 0 ? "initial" : "inside");
            if (capitalized && context.Lowercase.Contains(lower[i]))
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
                var run = runs[i]!.Value;
                Add(features, T.CapRun, run.Position);
                AddRunWords(features, lower, run, i);
                AddElsewhere(features, context, sentence, i, lower[i]);
                if (context.IsExpandedAcronym(word))
                    Add(features, T.Acronym, "expanded");
                if (context.ExpandsAcronym(sentence, i))
                    Add(features, T.AcronymExpansion, shorts[i]);
            }
            if (capsSentence)
                Add(features, T.CapsSentence, shorts[i]);
            // Training counts a feature once per token; scoring must too (char n-grams and word bags repeat).
            result[i] = new TokenFeatures(Unique(features), lower[i],
                FeatureHash.Partial((int)T.NeighbourTagShape, shorts[i]), FeatureHash.Partial((int)T.NeighbourTagWord, lower[i]));
        }
        return result;
    }

    /// <summary>The sentence's features plus, for each capitalized word, the types earlier sentences gave it.</summary>
    public TokenFeatures[] WithHistory(TokenFeatures[] sentence, IReadOnlyList<string> tokens, LabelHistory history)
    {
        var result = new TokenFeatures[sentence.Length];
        var features = new List<int>(8);
        for (var i = 0; i < sentence.Length; i++)
        {
            result[i] = sentence[i];
            if (!WordShape.IsCapitalized(tokens[i]))
                continue;
            var (majority, seen) = history.Of(sentence[i].Lower);
            if (majority is null)
                continue;
            features.Clear();
            Add(features, T.HistoryMajority, majority);
            foreach (var type in seen)
                Add(features, T.HistorySeen, type);
            result[i] = sentence[i] with { Buckets = sentence[i].Buckets.Concat(features).Distinct().ToArray() };
        }
        return result;
    }

    private static int[] Unique(List<int> features)
    {
        features.Sort();
        var unique = new int[features.Count];
        var count = 0;
        foreach (var bucket in features)
            if (count == 0 || unique[count - 1] != bucket)
                unique[count++] = bucket;
        return unique[..count];
    }

    /// <summary>
    /// The first and last word of the capitalized run a word stands in, and its other words (up to five): "Mr."
    /// at the start of "Mr. John Smith" or "Ltd" at the end of "Acme Holdings Ltd" tells every word of the name.
    /// </summary>
    private void AddRunWords(List<int> features, string[] lower, DocumentContext.Run run, int i)
    {
        if (run.End == run.Start)
            return;
        Add(features, T.RunFirst, lower[run.Start]);
        Add(features, T.RunLast, lower[run.End]);
        for (var j = run.Start; j <= Math.Min(run.End, run.Start + 4); j++)
            if (j != i)
                Add(features, T.RunOther, lower[j]);
    }

    /// <summary>The words around the other occurrences of a capitalized word, and its place in their capitalized runs.</summary>
    private void AddElsewhere(List<int> features, DocumentContext context, int sentence, int token, string lower)
    {
        foreach (var (s, i) in context.OtherOccurrences(sentence, token, lower))
        {
            var other = context.Lower(s);
            Add(features, T.ElsewherePrev, i > 0 ? other[i - 1] : "<s>");
            Add(features, T.ElsewhereNext, i + 1 < other.Length ? other[i + 1] : "</s>");
            Add(features, T.ElsewhereRun, context.Runs(s)[i]!.Value.Position);
        }
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
}
