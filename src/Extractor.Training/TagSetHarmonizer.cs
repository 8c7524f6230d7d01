using Extractor.Evaluation;
using Extractor.Ner;

namespace Extractor.Training;

/// <summary>
/// Training sets that annotate fewer types (GUM has no MISC) would teach the tagger that those names are O.
/// Before the final fit, a model trained on the sets that do annotate the missing type labels it in the
/// others, where they say O.
/// </summary>
public static class TagSetHarmonizer
{
    public static List<ConllReader.LabeledDocument> Harmonize(
        IReadOnlyList<List<ConllReader.LabeledDocument>> sets, Gazetteer gazetteer, NerTrainer.Settings settings, Action<string> log)
    {
        var typesPerSet = sets.Select(set => set.SelectMany(d => d.Labels).SelectMany(l => l).Where(l => l != "O").Select(l => l[2..]).ToHashSet()).ToList();
        var allTypes = typesPerSet.SelectMany(t => t).ToHashSet();
        if (typesPerSet.All(t => t.SetEquals(allTypes)))
            return sets.SelectMany(s => s).ToList();

        var complete = sets.Where((_, i) => typesPerSet[i].SetEquals(allTypes)).SelectMany(s => s).ToList();
        log($"harmonizing tag sets: a model on the {complete.Count} fully annotated documents labels the missing types elsewhere");
        var helper = NerTrainer.Train(complete, gazetteer, settings, log);

        var result = new List<ConllReader.LabeledDocument>();
        for (var i = 0; i < sets.Count; i++)
        {
            var missing = allTypes.Except(typesPerSet[i]).ToHashSet();
            if (missing.Count == 0)
            {
                result.AddRange(sets[i]);
                continue;
            }
            var added = 0;
            foreach (var document in sets[i])
            {
                var predicted = helper.Tag(document.Document);
                var labels = new List<IReadOnlyList<string>>();
                for (var s = 0; s < document.Labels.Count; s++)
                {
                    var gold = document.Labels[s].ToArray();
                    foreach (var (start, end, type) in DocumentConsistency.Spans(predicted[s]))
                    {
                        if (!missing.Contains(type) || Enumerable.Range(start, end - start).Any(j => gold[j] != "O"))
                            continue;
                        gold[start] = "B-" + type;
                        for (var j = start + 1; j < end; j++)
                            gold[j] = "I-" + type;
                        added++;
                    }
                    labels.Add(gold);
                }
                result.Add(document with { Labels = labels });
            }
            log($"  set {i + 1}: {added} {string.Join("/", missing)} names added where it said O");
        }
        return result;
    }
}
