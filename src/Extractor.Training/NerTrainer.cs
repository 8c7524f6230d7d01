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
/// </summary>
public static class NerTrainer
{
    public sealed record Settings(int Bits = 20, float L2 = 1e-5f, int Iterations = 30, int Seed = 1);

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
        var dimension = 1 << settings.Bits;
        var rows = new List<Row>();
        foreach (var document in documents)
        {
            var features = featurizer.Featurize(document.Document);
            var history = new LabelHistory();
            for (var s = 0; s < features.Count; s++)
            {
                var gold = document.Labels[s];
                var goldIndices = gold.Select(NerLabels.IndexOf).ToArray();
                var sentence = featurizer.WithHistory(features[s], document.Document.Sentences[s], history);
                history.Record(document.Document.Sentences[s], goldIndices);
                for (var i = 0; i < features[s].Length; i++)
                {
                    var previous = i == 0 ? NerLabels.Outside : NerLabels.IndexOf(gold[i - 1]);
                    var indices = sentence[i].Buckets
                        .Append(featurizer.PrevTag(previous))
                        .Append(featurizer.PrevTagShape(previous, sentence[i]))
                        .Append(featurizer.PrevTagWord(previous, sentence[i]))
                        .Distinct().Order().ToArray();
                    var values = Enumerable.Repeat(1f, indices.Length).ToArray();
                    rows.Add(new Row { Label = (uint)NerLabels.IndexOf(gold[i]), Features = new VBuffer<float>(dimension, indices.Length, values, indices) });
                }
            }
        }
        log($"{rows.Count} tokens featurized into {dimension} buckets");

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
        var fitted = trainer.Fit(data);
        var parameters = fitted.Model;

        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out var classes);
        var biases = parameters.GetBiases().ToArray();
        CheckExport(rows.Take(2000).ToList(), weights, biases);
        var table = new Half[dimension * NerLabels.Count];
        for (var label = 0; label < classes; label++)
        {
            foreach (var (index, value) in weights[label].Items())
                table[index * NerLabels.Count + label] = (Half)value;
        }
        return new NerModel(settings.Bits, table, biases, gazetteer);
    }
}
