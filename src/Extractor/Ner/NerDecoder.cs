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

    // The neighbour tag's own bucket does not depend on the token: hashed once, not at every step.
    private readonly int[] _tagBuckets = Enumerable.Range(0, K).Select(featurizer.NeighbourTag).ToArray();

    public int[] Decode(NerFeaturizer.TokenFeatures[] sentence)
    {
        var n = sentence.Length;
        var best = new int[n];
        if (n == 0)
            return best;
        var (ahead, behind) = LocalLogProbs(sentence);

        var score = new double[n, K];
        var back = new int[n, K];
        for (var label = 0; label < K; label++)
            score[0, label] = ahead[0][NerLabels.Outside * K + label];
        for (var i = 1; i < n; i++)
        {
            for (var label = 0; label < K; label++)
            {
                score[i, label] = double.NegativeInfinity;
                for (var previous = 0; previous < K; previous++)
                {
                    var total = score[i - 1, previous] + ahead[i][previous * K + label];
                    if (behind is not null)
                        total += behind[i - 1][label * K + previous];
                    if (total > score[i, label])
                    {
                        score[i, label] = total;
                        back[i, label] = previous;
                    }
                }
            }
        }

        var last = 0;
        var lastScore = double.NegativeInfinity;
        for (var label = 0; label < K; label++)
        {
            // The sentence ends as if an O followed it: the backward table's first step.
            var total = score[n - 1, label] + (behind is null ? 0 : behind[n - 1][NerLabels.Outside * K + label]);
            if (total > lastScore)
                (last, lastScore) = (label, total);
        }
        for (var i = n - 1; i >= 0; i--)
        {
            best[i] = last;
            last = back[i, last];
        }
        return best;
    }

    /// <summary>
    /// For each token and each table, log P(label | neighbour's tag) at [neighbour * 9 + label]; pairs BIO rules
    /// out, and neighbours outside the sentence other than O, are −∞. The backward array is null for a model
    /// trained one way.
    /// </summary>
    private (double[][] Ahead, double[][]? Behind) LocalLogProbs(NerFeaturizer.TokenFeatures[] sentence)
    {
        var n = sentence.Length;
        var ahead = new double[n][];
        var behind = weights.Tables == 2 ? new double[n][] : null;
        var baseScores = new float[weights.Width];
        var step = new float[weights.Width];
        var rows = NeighbourRows(sentence[0]);
        weights.Prefetch(sentence[0].Buckets);
        weights.Prefetch(rows);
        for (var i = 0; i < n; i++)
        {
            ahead[i] = NewRow();
            if (behind is not null)
                behind[i] = NewRow();
            var current = rows;
            if (i + 1 < n)
            {
                rows = NeighbourRows(sentence[i + 1]);
                weights.Prefetch(sentence[i + 1].Buckets);
                weights.Prefetch(rows);
            }
            weights.Base(sentence[i].Buckets, baseScores);
            for (var neighbour = 0; neighbour < K; neighbour++)
            {
                // The first token has only O before it; the last, only O after it.
                var forward = i > 0 || neighbour == NerLabels.Outside;
                var backward = behind is not null && (i < n - 1 || neighbour == NerLabels.Outside);
                if (!forward && !backward)
                    continue;
                Array.Copy(baseScores, step, weights.Width);
                weights.AddRow(_tagBuckets[neighbour], step);
                weights.AddRow(current[2 * neighbour], step);
                weights.AddRow(current[2 * neighbour + 1], step);
                if (forward)
                    Normalize(step.AsSpan(0, K), neighbour, readsNext: false, ahead[i]);
                if (backward)
                    Normalize(step.AsSpan(K, K), neighbour, readsNext: true, behind![i]);
            }
        }
        return (ahead, behind);
    }

    /// <summary>The buckets of the token's shape and word paired with each neighbour tag: [2q] shape, [2q + 1] word.</summary>
    private int[] NeighbourRows(in NerFeaturizer.TokenFeatures token)
    {
        var rows = new int[2 * K];
        for (var neighbour = 0; neighbour < K; neighbour++)
        {
            rows[2 * neighbour] = featurizer.NeighbourTagShape(neighbour, token);
            rows[2 * neighbour + 1] = featurizer.NeighbourTagWord(neighbour, token);
        }
        return rows;
    }

    private static double[] NewRow()
    {
        var row = new double[K * K];
        Array.Fill(row, double.NegativeInfinity);
        return row;
    }

    private static void Normalize(ReadOnlySpan<float> scores, int neighbour, bool readsNext, double[] row)
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
