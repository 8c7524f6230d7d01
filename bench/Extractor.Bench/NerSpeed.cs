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
        Console.WriteLine($"model load: {clock.Elapsed.TotalMilliseconds:0} ms ({new FileInfo(NerModelFiles.FindShipped()!).Length / 1024.0 / 1024.0:0.0} MB, {model.Weights.Tables} table(s))");
        var documents = ConllReader.Read(conll).Select(d => d.Document).ToList();
        var tokens = documents.Sum(d => d.Sentences.Sum(s => s.Count));
        // One untimed round first: the JIT recompiles hot code after its first calls, and a run over many
        // documents spends nearly all its time in the recompiled code.
        foreach (var document in documents)
            model.Tag(document);

        // Five timed rounds over the whole file; the median is reported because a shared machine's neighbours
        // slow single rounds down, and the slowest round too so that no one reads the median as a guarantee.
        const int rounds = 5;
        var perRound = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            clock.Restart();
            foreach (var document in documents)
                model.Tag(document);
            perRound.Add(tokens / clock.Elapsed.TotalSeconds / 1000);
        }
        perRound.Sort();
        clock.Restart();
        foreach (var document in documents)
            model.Featurizer.Featurize(document);
        var featuresShare = clock.Elapsed.TotalSeconds / (tokens / perRound[rounds / 2] / 1000);
        Console.WriteLine($"tagging: {perRound[rounds / 2]:0} thousand tokens/s on one thread, median of {rounds} rounds (slowest {perRound[0]:0}, fastest {perRound[^1]:0}; {tokens} tokens a round)");
        Console.WriteLine($"of which features: {featuresShare:P0}, the rest decoding");
    }
}
