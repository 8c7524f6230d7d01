using Extractor.Evaluation;
using Extractor.Ner;

namespace Extractor.Bench;

internal static class NerDebug
{
    public static void Run(string modelPath, string conll)
    {
        var model = NerModelFiles.Load(modelPath);
        var docs = ConllReader.Read(conll).Take(50).ToList();
        int right = 0, total = 0;
        var confusion = new int[9, 9];
        foreach (var d in docs)
        {
            var tags = model.Tag(d.Document);
            for (var s = 0; s < tags.Count; s++)
                for (var i = 0; i < tags[s].Length; i++)
                {
                    var g = NerLabels.IndexOf(d.Labels[s][i]);
                    confusion[g, tags[s][i]]++;
                    total++;
                    if (g == tags[s][i]) right++;
                }
        }
        Console.WriteLine($"token accuracy {right}/{total}");
        for (var g = 0; g < 9; g++)
            Console.WriteLine(NerLabels.All[g].PadRight(7) + string.Join(" ", Enumerable.Range(0, 9).Select(p => confusion[g, p].ToString().PadLeft(5))));
    }
}
