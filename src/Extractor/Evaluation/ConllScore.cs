namespace Extractor.Evaluation;

/// <summary>
/// conlleval's entity-level scores: spans from BIO (an I- after O or another type opens a span), a prediction
/// correct only with the same start, end and type; precision, recall and F1 per type and overall (micro).
/// </summary>
public sealed class ConllScore
{
    private readonly Dictionary<string, (int Correct, int Predicted, int Gold)> _byType = new(StringComparer.Ordinal);

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var goldSpans = Spans(gold);
        var predictedSpans = Spans(predicted);
        foreach (var span in predictedSpans)
            Bump(span.Type, correct: goldSpans.Contains(span) ? 1 : 0, predictedCount: 1, goldCount: 0);
        foreach (var span in goldSpans)
            Bump(span.Type, correct: 0, predictedCount: 0, goldCount: 1);
    }

    public IEnumerable<string> Types => _byType.Keys.Order(StringComparer.Ordinal);

    public (double P, double R, double F, int Gold) For(string? type)
    {
        var (correct, predicted, gold) = type is null
            ? _byType.Values.Aggregate((0, 0, 0), (a, v) => (a.Item1 + v.Correct, a.Item2 + v.Predicted, a.Item3 + v.Gold))
            : _byType.GetValueOrDefault(type);
        var p = predicted == 0 ? 0 : 100.0 * correct / predicted;
        var r = gold == 0 ? 0 : 100.0 * correct / gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), gold);
    }

    private void Bump(string type, int correct, int predictedCount, int goldCount)
    {
        var (c, p, g) = _byType.GetValueOrDefault(type);
        _byType[type] = (c + correct, p + predictedCount, g + goldCount);
    }

    public static HashSet<(int Start, int End, string Type)> Spans(IReadOnlyList<string> labels)
    {
        var spans = new HashSet<(int, int, string)>();
        var start = -1;
        var type = "";
        for (var i = 0; i <= labels.Count; i++)
        {
            var label = i < labels.Count ? labels[i] : "O";
            var labelType = label.Length > 2 ? label[2..] : "";
            var begins = label.StartsWith("B-", StringComparison.Ordinal) || (label.StartsWith("I-", StringComparison.Ordinal) && (start < 0 || labelType != type));
            var ends = start >= 0 && (label == "O" || begins);
            if (ends)
            {
                spans.Add((start, i, type));
                start = -1;
            }
            if (begins)
            {
                start = i;
                type = labelType;
            }
        }
        return spans;
    }
}
