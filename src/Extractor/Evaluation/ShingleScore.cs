using System.Text.RegularExpressions;

namespace Extractor.Evaluation;

/// <summary>
/// The article-extraction-benchmark measure (Zyte/Scrapinghub): texts are split into \w+ tokens, 4-token
/// shingles are compared as multisets, and precision and recall are averaged over pages, F1 taken of the means.
/// </summary>
public sealed partial class ShingleScore
{
    private double _precisionSum;
    private int _precisionPages;
    private double _recallSum;
    private int _recallPages;

    public int Pages { get; private set; }

    public double Precision => _precisionPages == 0 ? 0 : _precisionSum / _precisionPages;
    public double Recall => _recallPages == 0 ? 0 : _recallSum / _recallPages;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds one page and returns its own precision and recall (NaN where undefined).</summary>
    public (double Precision, double Recall) Add(string predicted, string truth)
    {
        var (tp, fp, fn) = Compare(predicted, truth);
        Pages++;
        var p = double.NaN;
        var r = double.NaN;
        if (tp + fp > 0)
        {
            p = (double)tp / (tp + fp);
            _precisionSum += p;
            _precisionPages++;
        }
        if (tp + fn > 0)
        {
            r = (double)tp / (tp + fn);
            _recallSum += r;
            _recallPages++;
        }
        return (p, r);
    }

    public static (int TruePositives, int FalsePositives, int FalseNegatives) Compare(string predicted, string truth)
    {
        var pred = Shingles(predicted);
        var gold = Shingles(truth);
        var tp = 0;
        foreach (var (shingle, count) in pred)
            if (gold.TryGetValue(shingle, out var goldCount))
                tp += Math.Min(count, goldCount);
        return (tp, pred.Values.Sum() - tp, gold.Values.Sum() - tp);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
            return shingles;
        var count = Math.Max(1, tokens.Count - 3);
        for (var i = 0; i < count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(4));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
