using Extractor.Dates;

namespace Extractor.Evaluation;

/// <summary>
/// TempEval-3 style scores for DATE expressions: extraction precision/recall/F1 with strict (same span) and
/// relaxed (overlapping span) matching, and value accuracy over the relaxed matches.
/// </summary>
public sealed class TimexScore
{
    public int Documents { get; private set; }
    public int Gold { get; private set; }
    public int Predicted { get; private set; }
    public int StrictMatches { get; private set; }
    public int RelaxedMatches { get; private set; }
    public int ValueCorrect { get; private set; }

    public List<string> Misses { get; } = [];

    public void Add(TimexDocument document, IReadOnlyList<Timex> predicted)
    {
        Documents++;
        var gold = document.Gold.Where(t => t.Type == TimexType.Date && document.IsScored(t)).ToList();
        var pred = predicted.Where(t => t.Type == TimexType.Date && document.IsScored(t)).ToList();
        Gold += gold.Count;
        Predicted += pred.Count;
        var used = new HashSet<int>();
        foreach (var g in gold)
        {
            var match = -1;
            for (var i = 0; i < pred.Count; i++)
            {
                if (used.Contains(i) || pred[i].End <= g.Start || pred[i].Start >= g.End)
                    continue;
                match = i;
                if (pred[i].Start == g.Start && pred[i].End == g.End)
                    break;
            }
            var goldText = document.Text[g.Start..g.End];
            if (match < 0)
            {
                Misses.Add($"{document.Name}: missed '{goldText}' ({g.Value})");
                continue;
            }
            used.Add(match);
            RelaxedMatches++;
            var p = pred[match];
            if (p.Start == g.Start && p.End == g.End)
                StrictMatches++;
            if (p.Value == g.Value)
                ValueCorrect++;
            else
                Misses.Add($"{document.Name}: '{goldText}' valued {p.Value ?? "null"}, gold {g.Value}");
        }
        for (var i = 0; i < pred.Count; i++)
            if (!used.Contains(i))
                Misses.Add($"{document.Name}: extra '{document.Text[pred[i].Start..pred[i].End]}' ({pred[i].Value})");
    }

    public (double P, double R, double F) Strict => Prf(StrictMatches);
    public (double P, double R, double F) Relaxed => Prf(RelaxedMatches);
    public double ValueAccuracy => RelaxedMatches == 0 ? 0 : (double)ValueCorrect / RelaxedMatches;

    /// <summary>Value F1: a prediction counts when its span overlaps a gold expression and its value is right.</summary>
    public double ValueF1 => Prf(ValueCorrect).F;

    private (double P, double R, double F) Prf(int matches)
    {
        var p = Predicted == 0 ? 0 : (double)matches / Predicted;
        var r = Gold == 0 ? 0 : (double)matches / Gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
