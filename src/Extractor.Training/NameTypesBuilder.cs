using Extractor.Evaluation;
using Extractor.Ner;

namespace Extractor.Training;

/// <summary>Counts, over CoNLL training files, how often each name and each word of a name was tagged PER, ORG, LOC, MISC.</summary>
public static class NameTypesBuilder
{
    public static (Dictionary<string, NameTypes.Counts> Names, Dictionary<string, NameTypes.Counts> Words) Build(IEnumerable<string> conllFiles)
    {
        var names = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var words = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var file in conllFiles)
        {
            foreach (var document in ConllReader.Read(file))
            {
                for (var s = 0; s < document.Labels.Count; s++)
                {
                    var tokens = document.Document.Sentences[s];
                    var labels = document.Labels[s];
                    for (var i = 0; i < labels.Count; i++)
                    {
                        if (!labels[i].StartsWith("B-", StringComparison.Ordinal) && !(labels[i].StartsWith("I-", StringComparison.Ordinal) && (i == 0 || labels[i - 1] == "O")))
                            continue;
                        var type = labels[i][2..];
                        var end = i + 1;
                        while (end < labels.Count && labels[end] == "I-" + type)
                            end++;
                        Count(names, string.Join(' ', tokens.Skip(i).Take(end - i)), type);
                        for (var k = i; k < end; k++)
                            Count(words, tokens[k], type);
                    }
                }
            }
        }
        return (Freeze(names), Freeze(words));
    }

    public static void Write(string path, Dictionary<string, NameTypes.Counts> names, Dictionary<string, NameTypes.Counts> words, IEnumerable<string> sources)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("# How often each name (kind name) and each word of a name (kind word) was tagged PER, ORG, LOC, MISC in: " + string.Join(", ", sources.Select(Path.GetFileName)));
        writer.WriteLine("# made by `extractor train names`; kind<TAB>text<TAB>PER<TAB>ORG<TAB>LOC<TAB>MISC");
        foreach (var (kind, table) in new[] { ("name", names), ("word", words) })
            foreach (var (text, c) in table.OrderBy(e => e.Key, StringComparer.Ordinal))
                writer.WriteLine($"{kind}\t{text}\t{c.Per}\t{c.Org}\t{c.Loc}\t{c.Misc}");
    }

    private static void Count(Dictionary<string, int[]> table, string text, string type)
    {
        var slot = type switch { "PER" => 0, "ORG" => 1, "LOC" => 2, "MISC" => 3, _ => -1 };
        if (slot < 0)
            return;
        if (!table.TryGetValue(text, out var counts))
            table[text] = counts = new int[4];
        counts[slot]++;
    }

    private static Dictionary<string, NameTypes.Counts> Freeze(Dictionary<string, int[]> table) =>
        table.ToDictionary(e => e.Key, e => new NameTypes.Counts(e.Value[0], e.Value[1], e.Value[2], e.Value[3]), StringComparer.Ordinal);
}
