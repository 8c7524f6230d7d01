using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Extractor.Evaluation.Gold;

/// <summary>Prints a <see cref="GoldScore"/> as score.py does: the same table, the same JSON keys.</summary>
public static class GoldReport
{
    public static void WriteText(TextWriter output, GoldScore score, bool details)
    {
        if (details && score.Details.Count > 0)
        {
            foreach (var line in score.Details)
                output.WriteLine(line);
            output.WriteLine();
        }
        output.WriteLine($"articles: {score.Articles} (without prediction: {score.ArticlesWithoutPrediction.Count}; predictions not in gold: {score.PredictionsNotInGold.Count})");
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-14} {1,9} {2,9} {3,9} {4,6} {5,6} {6,6}  {7}", "field", "precision", "recall", "f1", "tp", "fp", "fn", "extra"));
        foreach (var field in GoldScore.Fields)
        {
            var c = score.Counts[field];
            var extra = field switch
            {
                "officials" => $"title accuracy {Value(score.Title.Value)} ({score.Title.Count} pairs)",
                "quotes" => $"speaker accuracy {Value(score.Speaker.Value)} ({score.Speaker.Count} pairs)",
                "demands" => $"actor accuracy {Value(score.Actor.Value)} ({score.Actor.Count} pairs)",
                _ => "",
            };
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-14} {1,9:0.0000} {2,9:0.0000} {3,9:0.0000} {4,6} {5,6} {6,6}  {7}",
                field, c.Precision, c.Recall, c.F1, c.TruePositives, c.FalsePositives, c.FalseNegatives, extra));
        }
        output.WriteLine($"{"published",-14} accuracy {Value(score.Published.Value)} ({score.Published.Correct}/{score.Published.Count} articles with a gold date)");
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "overall F1: {0:0.0000}", score.OverallF1));
    }

    public static JsonObject ToJson(GoldScore score)
    {
        var root = new JsonObject();
        foreach (var field in GoldScore.Fields)
        {
            var c = score.Counts[field];
            var node = new JsonObject
            {
                ["precision"] = c.Precision, ["recall"] = c.Recall, ["f1"] = c.F1,
                ["tp"] = c.TruePositives, ["fp"] = c.FalsePositives, ["fn"] = c.FalseNegatives,
            };
            if (field == "officials")
            {
                node["title_accuracy"] = score.Title.Value;
                node["title_pairs"] = score.Title.Count;
            }
            else if (field == "quotes")
            {
                node["speaker_accuracy"] = score.Speaker.Value;
                node["speaker_pairs"] = score.Speaker.Count;
            }
            else if (field == "demands")
            {
                node["actor_accuracy"] = score.Actor.Value;
                node["actor_pairs"] = score.Actor.Count;
            }
            root[field] = node;
        }
        root["published"] = new JsonObject { ["accuracy"] = score.Published.Value, ["correct"] = score.Published.Correct, ["articles"] = score.Published.Count };
        root["overall_f1"] = score.OverallF1;
        root["articles"] = score.Articles;
        root["articles_without_prediction"] = new JsonArray(score.ArticlesWithoutPrediction.Select(a => (JsonNode?)a).ToArray());
        root["predictions_not_in_gold"] = new JsonArray(score.PredictionsNotInGold.Select(a => (JsonNode?)a).ToArray());
        return root;
    }

    public static string ToJsonText(GoldScore score) =>
        ToJson(score).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Python's str() of an accuracy: None, or the number with its shortest repr (0.75, 1.0).</summary>
    private static string Value(double? value) =>
        value is not { } v ? "None" : v == Math.Floor(v) ? v.ToString("0.0", CultureInfo.InvariantCulture) : v.ToString("R", CultureInfo.InvariantCulture);
}
