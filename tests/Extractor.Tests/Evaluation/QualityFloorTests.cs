using System.Globalization;
using Extractor.Cli;
using Extractor.Tests.Support;

namespace Extractor.Tests.Evaluation;

/// <summary>
/// Extraction on the shipped samples must not fall below the floors of tests/quality-floors.tsv. Switching off a
/// stage (or breaking one) makes its measure drop and this test fail.
/// </summary>
public class QualityFloorTests
{
    [Fact]
    public async Task The_samples_score_at_or_above_every_floor()
    {
        var run = await CliRunner.RunAsync("eval", Path.Combine(RepoPaths.Samples, "gold.jsonl"), "--format", "json");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var result = run.Json();
        Assert.Equal(0, result.GetProperty("articles_without_prediction").GetArrayLength());

        var floors = File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "quality-floors.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.True(floors.Count >= 10);
        var failures = new List<string>();
        foreach (var (field, measure, floor) in floors.Select(f => (f[0], f[1], double.Parse(f[2], CultureInfo.InvariantCulture))))
        {
            var value = field == "overall" ? result.GetProperty("overall_f1").GetDouble() : result.GetProperty(field).GetProperty(measure).GetDouble();
            if (value < floor)
                failures.Add($"{field} {measure} {value:0.0000} is below its floor {floor:0.00}");
        }
        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }
}
