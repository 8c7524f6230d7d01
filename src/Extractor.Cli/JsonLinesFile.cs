using System.Text.Json;

namespace Extractor.Cli;

/// <summary>The JSON Lines files the evaluations read (gold, predictions, expectations), with errors that name the line.</summary>
public static class JsonLinesFile
{
    /// <summary>The file's JSON lines; a line that is not a JSON object throws <see cref="JsonException"/> naming the file and line.</summary>
    public static List<JsonElement> Read(string path)
    {
        var rows = new List<JsonElement>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0)
                continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                    throw new JsonException($"expected a JSON object, found {doc.RootElement.ValueKind.ToString().ToLowerInvariant()}");
                rows.Add(doc.RootElement.Clone());
            }
            catch (JsonException e)
            {
                throw new JsonException($"{Path.GetFileName(path)} line {number} is not a JSON record: {e.Message}", e);
            }
        }
        return rows;
    }

    /// <summary>A string field a record must have; a record without it is the file's fault, said as such.</summary>
    public static string Required(JsonElement record, string name, int index) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new JsonException($"record {index + 1} has no \"{name}\" string field");
}
