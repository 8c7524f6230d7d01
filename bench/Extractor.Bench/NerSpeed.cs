using System.Diagnostics;
using Extractor.Evaluation;
using Extractor.Ner;

namespace Extractor.Bench;

/// <summary>Load time of the shipped NER model and tagging speed on one thread, over a CoNLL file's documents.</summary>
internal static class NerSpeed
{
    public static void Run(string conll)
    {
        var clock = Stopwatch.StartNew();
        var model = NerModelFiles.LoadShipped() ?? throw new InvalidOperationException("no shipped model");
        Console.WriteLine($"model load: {clock.Elapsed.TotalMilliseconds:0} ms ({new FileInfo(NerModelFiles.FindShipped()!).Length / 1024.0 / 1024.0:0.0} MB)");
        var documents = ConllReader.Read(conll).Select(d => d.Document).ToList();
        var tokens = documents.Sum(d => d.Sentences.Sum(s => s.Count));
        foreach (var document in documents.Take(20))
            model.Tag(document);
        clock.Restart();
        const int rounds = 3;
        for (var round = 0; round < rounds; round++)
            foreach (var document in documents)
                model.Tag(document);
        Console.WriteLine($"tagging: {tokens * rounds / clock.Elapsed.TotalSeconds / 1000:0} thousand tokens/s on one thread ({tokens} tokens x {rounds})");
    }
}
