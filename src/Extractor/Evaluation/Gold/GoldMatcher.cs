namespace Extractor.Evaluation.Gold;

/// <summary>
/// score.py's match_entities: pairs gold and predicted items one to one, strongest pairs first, then augmenting
/// paths so the number of pairs is maximal. A prediction that only hits gold items already matched is a
/// duplicate: charged as a false positive once per gold item.
/// </summary>
public static class GoldMatcher
{
    public sealed record Result(List<(int Gold, int Predicted)> Matches, int FalsePositives, List<int> UnmatchedGold, List<(int Predicted, string Why)> UnmatchedPredicted);

    public static Result Match<TGold, TPredicted>(IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted, Func<TGold, TPredicted, double> strength)
    {
        var edges = new List<int>[predicted.Count];
        var strengths = new List<(double Strength, int P, int G)>();
        for (var pi = 0; pi < predicted.Count; pi++)
        {
            var list = new List<(double, int)>();
            for (var gi = 0; gi < gold.Count; gi++)
            {
                var s = strength(gold[gi], predicted[pi]);
                if (s != 0)
                {
                    list.Add((-s, gi));
                    strengths.Add((s, pi, gi));
                }
            }
            list.Sort();
            edges[pi] = list.Select(e => e.Item2).ToList();
        }

        var owner = new Dictionary<int, int>();
        var assigned = new HashSet<int>();
        foreach (var (_, pi, gi) in strengths.OrderBy(e => -e.Strength).ThenBy(e => e.P).ThenBy(e => e.G))
        {
            if (assigned.Contains(pi) || owner.ContainsKey(gi))
                continue;
            owner[gi] = pi;
            assigned.Add(pi);
        }

        bool TryAssign(int pi, HashSet<int> seen)
        {
            foreach (var gi in edges[pi])
            {
                if (!seen.Add(gi))
                    continue;
                if (!owner.TryGetValue(gi, out var current) || TryAssign(current, seen))
                {
                    owner[gi] = pi;
                    return true;
                }
            }
            return false;
        }

        for (var pi = 0; pi < predicted.Count; pi++)
            if (!assigned.Contains(pi) && edges[pi].Count > 0 && TryAssign(pi, []))
                assigned = owner.Values.ToHashSet();

        var matches = owner.Select(kv => (kv.Key, kv.Value)).OrderBy(m => m.Key).ThenBy(m => m.Value).ToList();
        var used = owner.Values.ToHashSet();
        var falsePositives = 0;
        var charged = new HashSet<int>();
        var unmatchedPredicted = new List<(int, string)>();
        for (var pi = 0; pi < predicted.Count; pi++)
        {
            if (used.Contains(pi))
                continue;
            var hit = Enumerable.Range(0, gold.Count).Where(gi => strength(gold[gi], predicted[pi]) != 0).ToList();
            if (hit.Count == 0)
            {
                falsePositives++;
                unmatchedPredicted.Add((pi, "extra"));
            }
            else if (hit.FirstOrDefault(gi => !charged.Contains(gi), -1) is >= 0 and var fresh)
            {
                charged.Add(fresh);
                falsePositives++;
                unmatchedPredicted.Add((pi, "duplicate"));
            }
            else
            {
                unmatchedPredicted.Add((pi, "duplicate (not charged)"));
            }
        }
        var unmatchedGold = Enumerable.Range(0, gold.Count).Where(gi => !owner.ContainsKey(gi)).ToList();
        return new Result(matches, falsePositives, unmatchedGold, unmatchedPredicted);
    }
}
