namespace Extractor.Pipeline;

/// <summary>Thread-safe totals of time and runs per stage, for <c>--stats</c>.</summary>
public sealed class StageTimings
{
    private readonly Dictionary<string, long[]> _totals;

    public StageTimings(IEnumerable<string> stageNames)
    {
        _totals = stageNames.ToDictionary(name => name, _ => new long[2]);
    }

    public void Add(string stage, TimeSpan elapsed)
    {
        var slot = _totals[stage];
        Interlocked.Add(ref slot[0], elapsed.Ticks);
        Interlocked.Increment(ref slot[1]);
    }

    public IReadOnlyList<(string Stage, TimeSpan Total, long Runs)> Snapshot() =>
        _totals.Select(kv => (kv.Key, TimeSpan.FromTicks(Interlocked.Read(ref kv.Value[0])), Interlocked.Read(ref kv.Value[1])))
            .ToList();
}
