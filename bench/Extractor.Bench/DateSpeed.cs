using System.Diagnostics;
using System.Text.Json;
using Extractor.Dates;

namespace Extractor.Bench;

/// <summary>Speed of the date tagger on one thread, over the main texts of the article benchmark.</summary>
internal static class DateSpeed
{
    public static void Run(string articleBenchmarkFolder)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(articleBenchmarkFolder, "ground-truth.json")));
        var texts = truth.RootElement.EnumerateObject().Select(p => p.Value.GetProperty("articleBody").GetString() ?? "").ToList();
        var reference = new DateOnly(2019, 11, 20);
        foreach (var text in texts.Take(20))
            DateTagger.Tag(text, reference); // warm-up

        var characters = 0L;
        var found = 0;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < 5; round++)
        {
            foreach (var text in texts)
            {
                found += DateTagger.Tag(text, reference).Count;
                characters += text.Length;
            }
        }
        clock.Stop();
        Console.WriteLine($"date tagger: {characters / clock.Elapsed.TotalSeconds / 1e6:0.00} million characters/s on one thread " +
                          $"({characters / 5} characters x 5 rounds, {found / 5} expressions per round, sentence splitting included)");
    }
}
