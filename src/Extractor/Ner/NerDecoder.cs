namespace Extractor.Ner;

/// <summary>
/// BIO-constrained Viterbi over the tagger's local label distributions. With one table each step is
/// log P(label | previous tag, token) (a maximum-entropy Markov model). With a second table that reads the next
/// tag, each pair of neighbouring labels is scored by both directions, log P(label | previous) + log P(previous
/// | label), a product of the two models that still decodes exactly with first-order Viterbi: the right-hand
/// context of a name ("… Wanderers", "… said") then counts as much as the left-hand one.
/// </summary>
internal sealed class NerDecoder(NerFeaturizer featurizer, NerWeights weights)
{
    private const int K = 9;
    private const int Pairs = K * K;

    // The neighbour tag's own bucket does not depend on the token: hashed once, not at every step.
    private readonly int[] _tagBuckets = Enumerable.Range(0, K).Select(featurizer.NeighbourTag).ToArray();

    /// <summary>
    /// Working arrays, one set per thread, grown to the longest sentence seen: allocated per sentence they were
    /// about 1.3 KB of garbage per token, the largest share of the tagger's allocations.
    /// </summary>
    private sealed class Scratch(int width)
    {
        public double[] Ahead = [];
        public double[] Behind = [];
        public double[] Score = [];
        public int[] Back = [];
        public readonly float[] BaseScores = new float[width];
        public readonly float[] Step = new float[width];
        public int[] Rows = new int[2 * K];
        public int[] NextRows = new int[2 * K];

        public void Ensure(int n)
        {
            if (Score.Length >= n * K)
                return;
            var size = Math.Max(n, 2 * Score.Length / K);
            Ahead = new double[size * Pairs];
            Behind = new double[size * Pairs];
            Score = new double[size * K];
            Back = new int[size * K];
        }
    }

    [ThreadStatic]
    private static Scratch? _scratch;

    /// <summary>Longer sentences (tables, unsplit text) get arrays of their own: kept, they would hold over 5 MB per thread.</summary>
    private const int MaxKeptSentence = 4096;

    public int[] Decode(NerFeaturizer.TokenFeatures[] sentence)
    {
        var n = sentence.Length;
        var best = new int[n];
        if (n == 0)
            return best;
        var s = n > MaxKeptSentence ? new Scratch(weights.Width) // used once: a thread does not keep megabytes for one odd page
            : _scratch is { } kept && kept.BaseScores.Length == weights.Width ? kept : _scratch = new Scratch(weights.Width);
        s.Ensure(n);
        LocalLogProbs(sentence, s);
        var twoWay = weights.Tables == 2;
        var (ahead, behind, score, back) = (s.Ahead, s.Behind, s.Score, s.Back);

        for (var label = 0; label < K; label++)
            score[label] = ahead[NerLabels.Outside * K + label];
        for (var i = 1; i < n; i++)
        {
            for (var label = 0; label < K; label++)
            {
                var bestTotal = double.NegativeInfinity;
                var bestPrevious = 0;
                for (var previous = 0; previous < K; previous++)
                {
                    var total = score[(i - 1) * K + previous] + ahead[i * Pairs + previous * K + label];
                    if (twoWay)
                        total += behind[(i - 1) * Pairs + label * K + previous];
                    if (total > bestTotal)
                        (bestTotal, bestPrevious) = (total, previous);
                }
                score[i * K + label] = bestTotal;
                back[i * K + label] = bestPrevious;
            }
        }

        var last = 0;
        var lastScore = double.NegativeInfinity;
        for (var label = 0; label < K; label++)
        {
            // The sentence ends as if an O followed it: the backward table's first step.
            var total = score[(n - 1) * K + label] + (twoWay ? behind[(n - 1) * Pairs + NerLabels.Outside * K + label] : 0);
            if (total > lastScore)
                (last, lastScore) = (label, total);
        }
        for (var i = n - 1; i >= 0; i--)
        {
            best[i] = last;
            last = back[i * K + last];
        }
        return best;
    }

    /// <summary>
    /// For each token and each table, log P(label | neighbour's tag) at [token * 81 + neighbour * 9 + label]; pairs
    /// BIO rules out, and neighbours outside the sentence other than O, are −∞.
    /// </summary>
    private void LocalLogProbs(NerFeaturizer.TokenFeatures[] sentence, Scratch s)
    {
        var n = sentence.Length;
        var twoWay = weights.Tables == 2;
        s.Ahead.AsSpan(0, n * Pairs).Fill(double.NegativeInfinity);
        if (twoWay)
            s.Behind.AsSpan(0, n * Pairs).Fill(double.NegativeInfinity);
        NeighbourRows(sentence[0], s.Rows);
        weights.Prefetch(sentence[0].Buckets);
        weights.Prefetch(s.Rows);
        for (var i = 0; i < n; i++)
        {
            if (i + 1 < n)
            {
                NeighbourRows(sentence[i + 1], s.NextRows);
                weights.Prefetch(sentence[i + 1].Buckets);
                weights.Prefetch(s.NextRows);
            }
            weights.Base(sentence[i].Buckets, s.BaseScores);
            for (var neighbour = 0; neighbour < K; neighbour++)
            {
                // The first token has only O before it; the last, only O after it.
                var forward = i > 0 || neighbour == NerLabels.Outside;
                var backward = twoWay && (i < n - 1 || neighbour == NerLabels.Outside);
                if (!forward && !backward)
                    continue;
                Array.Copy(s.BaseScores, s.Step, weights.Width);
                weights.AddRow(_tagBuckets[neighbour], s.Step);
                weights.AddRow(s.Rows[2 * neighbour], s.Step);
                weights.AddRow(s.Rows[2 * neighbour + 1], s.Step);
                if (forward)
                    Normalize(s.Step.AsSpan(0, K), neighbour, readsNext: false, s.Ahead.AsSpan(i * Pairs, Pairs));
                if (backward)
                    Normalize(s.Step.AsSpan(K, K), neighbour, readsNext: true, s.Behind.AsSpan(i * Pairs, Pairs));
            }
            (s.Rows, s.NextRows) = (s.NextRows, s.Rows);
        }
    }

    /// <summary>The buckets of the token's shape and word paired with each neighbour tag: [2q] shape, [2q + 1] word.</summary>
    private void NeighbourRows(in NerFeaturizer.TokenFeatures token, int[] rows)
    {
        for (var neighbour = 0; neighbour < K; neighbour++)
        {
            rows[2 * neighbour] = featurizer.NeighbourTagShape(neighbour, token);
            rows[2 * neighbour + 1] = featurizer.NeighbourTagWord(neighbour, token);
        }
    }

    private static void Normalize(ReadOnlySpan<float> scores, int neighbour, bool readsNext, Span<double> row)
    {
        var logZ = LogSumExp(scores, neighbour, readsNext);
        for (var label = 0; label < K; label++)
            if (Allowed(neighbour, label, readsNext))
                row[neighbour * K + label] = scores[label] - logZ;
    }

    // Read forwards, the neighbour is the previous tag; read backwards, the label must be allowed before it.
    private static bool Allowed(int neighbour, int label, bool readsNext) =>
        readsNext ? NerLabels.Allowed(label, neighbour) : NerLabels.Allowed(neighbour, label);

    private static double LogSumExp(ReadOnlySpan<float> scores, int neighbour, bool readsNext)
    {
        var max = double.NegativeInfinity;
        for (var label = 0; label < K; label++)
            if (Allowed(neighbour, label, readsNext))
                max = Math.Max(max, scores[label]);
        var sum = 0.0;
        for (var label = 0; label < K; label++)
            if (Allowed(neighbour, label, readsNext))
                sum += Math.Exp(scores[label] - max);
        return max + Math.Log(sum);
    }
}
