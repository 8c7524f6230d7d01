using Extractor.Evaluation;
using Extractor.Ner;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Extractor.Training;

/// <summary>
/// Trains the tagger's maximum-entropy model with ML.NET (SDCA, no L1, a small L2) on hashed sparse features,
/// the gold previous tag being a feature of each token (a maximum-entropy Markov model) and the gold types of
/// earlier sentences filling the label history, then exports the weights so that tagging runs in plain C#.
/// With <see cref="Settings.BothWays"/> a second table is trained the same way on the gold next tag.
/// </summary>
public static class NerTrainer
{
    public sealed record Settings(int Bits = 20, float L2 = 1e-5f, int Iterations = 30, int Seed = 1, bool BothWays = false);

    /// <summary>
    /// The exported weights must fit the data they were trained on; a low training accuracy means a broken export
    /// (a shifted label key, a lost class), which would otherwise surface only as a bad score much later.
    /// </summary>
    private static void CheckExport(List<Row> sample, VBuffer<float>[] weights, float[] biases)
    {
        var right = 0;
        foreach (var row in sample)
        {
            var scores = biases.ToArray();
            for (var label = 0; label < scores.Length; label++)
                foreach (var index in row.Features.GetIndices())
                    scores[label] += weights[label].GetItemOrDefault(index);
            right += Array.IndexOf(scores, scores.Max()) == (int)row.Label ? 1 : 0;
        }
        if (right < sample.Count * 0.8)
            throw new InvalidOperationException($"the exported weights get only {right} of {sample.Count} training tokens right");
    }

    private sealed class Row
    {
        [KeyType(9)]
        public uint Label { get; set; }

        public VBuffer<float> Features { get; set; }
    }

    public static NerModel Train(IReadOnlyList<ConllReader.LabeledDocument> documents, Gazetteer gazetteer, Settings settings, Action<string> log)
    {
        var featurizer = new NerFeaturizer(gazetteer, settings.Bits);
        var forward = new List<Row>();
        var backward = new List<Row>();
        foreach (var document in documents)
        {
            var features = featurizer.Featurize(document.Document);
            var history = new LabelHistory();
            for (var s = 0; s < features.Count; s++)
            {
                var gold = document.Labels[s].Select(NerLabels.IndexOf).ToArray();
                var sentence = featurizer.WithHistory(features[s], document.Document.Sentences[s], history);
                history.Record(document.Document.Sentences[s], gold);
                for (var i = 0; i < gold.Length; i++)
                {
                    forward.Add(RowOf(featurizer, sentence[i], gold[i], i > 0 ? gold[i - 1] : NerLabels.Outside, settings.Bits));
                    if (settings.BothWays)
                        backward.Add(RowOf(featurizer, sentence[i], gold[i], i + 1 < gold.Length ? gold[i + 1] : NerLabels.Outside, settings.Bits));
                }
            }
        }
        log($"{forward.Count} tokens featurized into {1 << settings.Bits} buckets");
        var tables = new List<(VBuffer<float>[] Weights, float[] Biases)> { Fit(forward, settings) };
        log("trained the table that reads the previous tag");
        if (settings.BothWays)
        {
            tables.Add(Fit(backward, settings));
            log("trained the table that reads the next tag");
        }
        return new NerModel(SideBySide(tables, settings.Bits), gazetteer);
    }

    /// <summary>The tables' rows of each bucket next to each other, as <see cref="NerWeights"/> stores them.</summary>
    private static NerWeights SideBySide(List<(VBuffer<float>[] Weights, float[] Biases)> tables, int bits)
    {
        var width = tables.Count * NerLabels.Count;
        var table = new Half[(1 << bits) * width];
        for (var t = 0; t < tables.Count; t++)
            for (var label = 0; label < tables[t].Weights.Length; label++)
                foreach (var (index, value) in tables[t].Weights[label].Items())
                    table[index * width + t * NerLabels.Count + label] = (Half)value;
        return new NerWeights(bits, tables.Count, table, tables.SelectMany(t => t.Biases).ToArray());
    }

    /// <summary>A token's features plus its neighbour's tag alone, with the token's shape and with its word.</summary>
    private static Row RowOf(NerFeaturizer featurizer, NerFeaturizer.TokenFeatures token, int label, int neighbour, int bits)
    {
        var indices = token.Buckets
            .Append(featurizer.NeighbourTag(neighbour))
            .Append(featurizer.NeighbourTagShape(neighbour, token))
            .Append(featurizer.NeighbourTagWord(neighbour, token))
            .Distinct().Order().ToArray();
        var values = Enumerable.Repeat(1f, indices.Length).ToArray();
        return new Row { Label = (uint)label, Features = new VBuffer<float>(1 << bits, indices.Length, values, indices) };
    }

    private static (VBuffer<float>[] Weights, float[] Biases) Fit(List<Row> rows, Settings settings)
    {
        var dimension = 1 << settings.Bits;
        var ml = new MLContext(seed: settings.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            L1Regularization = 0,
            L2Regularization = settings.L2,
            MaximumNumberOfIterations = settings.Iterations,
            NumberOfThreads = 1, // one thread: the same command gives the same model
            Shuffle = true,
        });
        var parameters = trainer.Fit(data).Model;

        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out _);
        var biases = parameters.GetBiases().ToArray();
        CheckExport(rows.Take(2000).ToList(), weights, biases);
        return (weights, biases);
    }
}
