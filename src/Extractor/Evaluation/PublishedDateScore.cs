namespace Extractor.Evaluation;

/// <summary>
/// htmldate's measure of publication dates (../shared/data/published-dates): the expected day found is a true
/// positive, any other date a false positive, no date where one is expected a false negative, no date where
/// none is expected a true negative. Only the day counts (YYYY-MM-DD), not the time.
/// </summary>
public sealed class PublishedDateScore
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public int TrueNegatives { get; private set; }
    public int Pages => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double Accuracy => Pages == 0 ? 0 : (double)(TruePositives + TrueNegatives) / Pages;

    public enum Outcome { TruePositive, FalsePositive, FalseNegative, TrueNegative }

    public Outcome Add(string? predicted, string? expected)
    {
        var day = predicted is { Length: >= 10 } ? predicted[..10] : null;
        var outcome = (day, expected) switch
        {
            (null, null) => Outcome.TrueNegative,
            (null, _) => Outcome.FalseNegative,
            (_, _) when day == expected => Outcome.TruePositive,
            _ => Outcome.FalsePositive,
        };
        switch (outcome)
        {
            case Outcome.TruePositive: TruePositives++; break;
            case Outcome.FalsePositive: FalsePositives++; break;
            case Outcome.FalseNegative: FalseNegatives++; break;
            default: TrueNegatives++; break;
        }
        return outcome;
    }
}
