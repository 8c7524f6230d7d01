using System.Text.Json;
using Json.Schema;

namespace Extractor.Tests.Support;

/// <summary>Validates records against schemas/article.schema.json, the file the README publishes as the contract.</summary>
public static class SchemaValidator
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(RepoPaths.Schema));

    public static IReadOnlyList<string> Problems(JsonElement record)
    {
        var result = Schema.Evaluate(record, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
            return [];
        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .DefaultIfEmpty("invalid")
            .ToList();
    }

    public static void AssertValid(JsonElement record)
    {
        var problems = Problems(record);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
