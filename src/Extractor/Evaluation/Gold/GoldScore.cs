namespace Extractor.Evaluation.Gold;

/// <summary>True/false positives and negatives of one field, with score.py's precision, recall and F1 (rounded to 4 places).</summary>
public sealed class FieldCounts
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }

    public void Add(int tp, int fp, int fn)
    {
        TruePositives += tp;
        FalsePositives += fp;
        FalseNegatives += fn;
    }

    public double Precision => Math.Round(TruePositives + FalsePositives > 0 ? (double)TruePositives / (TruePositives + FalsePositives) : TruePositives + FalseNegatives == 0 ? 1 : 0, 4);
    public double Recall => Math.Round(TruePositives + FalseNegatives > 0 ? (double)TruePositives / (TruePositives + FalseNegatives) : TruePositives + FalsePositives == 0 ? 1 : 0, 4);

    public double F1
    {
        get
        {
            var p = RawPrecision;
            var r = RawRecall;
            return Math.Round(p + r > 0 ? 2 * p * r / (p + r) : 0, 4);
        }
    }

    private double RawPrecision => TruePositives + FalsePositives > 0 ? (double)TruePositives / (TruePositives + FalsePositives) : TruePositives + FalseNegatives == 0 ? 1 : 0;
    private double RawRecall => TruePositives + FalseNegatives > 0 ? (double)TruePositives / (TruePositives + FalseNegatives) : TruePositives + FalsePositives == 0 ? 1 : 0;
}

/// <summary>Right answers among pairs (title, speaker, actor) or articles (published date).</summary>
public sealed class Accuracy
{
    public int Correct { get; private set; }
    public int Count { get; private set; }

    public void Add(bool ok)
    {
        Count++;
        if (ok)
            Correct++;
    }

    public double? Value => Count == 0 ? null : Math.Round((double)Correct / Count, 4);
}

/// <summary>The scores of a prediction set against a gold file: the numbers score.py prints.</summary>
public sealed class GoldScore
{
    public static readonly string[] Fields = ["organizations", "officials", "people", "quotes", "demands", "dates"];

    /// <summary>The fields whose F1 make the overall F1 (people are reported, not averaged, as in score.py).</summary>
    public static readonly string[] MainFields = ["organizations", "officials", "quotes", "demands", "dates"];

    public Dictionary<string, FieldCounts> Counts { get; } = Fields.ToDictionary(f => f, _ => new FieldCounts());
    public Accuracy Title { get; } = new();
    public Accuracy Speaker { get; } = new();
    public Accuracy Actor { get; } = new();
    public Accuracy Published { get; } = new();
    public int Articles { get; set; }
    public List<string> ArticlesWithoutPrediction { get; } = [];
    public List<string> PredictionsNotInGold { get; } = [];

    /// <summary>Per article, what was missed and what was extra: score.py's --details.</summary>
    public List<string> Details { get; } = [];

    public double OverallF1 => Math.Round(MainFields.Average(f => Counts[f].F1), 4);
}
