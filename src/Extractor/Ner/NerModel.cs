using System.Text;

namespace Extractor.Ner;

/// <summary>
/// The trained tagger: one weight row of 9 label scores per feature bucket (stored as half floats), biases,
/// and the gazetteer it was trained with. Decodes sentences with constrained Viterbi over the maximum-entropy
/// scores, the previous tag being a feature of each step.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "EXTRNER1";
    private readonly Half[] _weights;
    private readonly float[] _biases;

    public NerModel(int bits, Half[] weights, float[] biases, Gazetteer gazetteer)
    {
        if (weights.Length != (1 << bits) * NerLabels.Count || biases.Length != NerLabels.Count)
            throw new ArgumentException("weights do not match the tag set and hash size");
        _weights = weights;
        _biases = biases;
        Featurizer = new NerFeaturizer(gazetteer, bits);
        Gazetteer = gazetteer;
        _prevTagBuckets = Enumerable.Range(0, NerLabels.Count).Select(Featurizer.PrevTag).ToArray();
    }

    // The previous tag's own bucket does not depend on the token: hashed once, not at every step of Viterbi.
    private readonly int[] _prevTagBuckets;

    public NerFeaturizer Featurizer { get; }

    /// <summary>The lexicons compiled into the model (also read by the entity builder: "Charlotte" is a listed place).</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>What names were tagged in the training data (models/ner-name-types.tsv); empty when the file is absent.</summary>
    public NameTypes NameTypes { get; private set; } = NameTypes.Empty;

    public static NerModel Load(string modelPath, string gazetteerPath, string? nameTypesPath = null)
    {
        using var reader = new BinaryReader(File.OpenRead(modelPath), Encoding.UTF8);
        if (new string(reader.ReadChars(Magic.Length)) != Magic)
            throw new InvalidDataException($"{modelPath} is not an Extractor NER model");
        var bits = reader.ReadInt32();
        var labels = reader.ReadInt32();
        if (labels != NerLabels.Count)
            throw new InvalidDataException($"{modelPath} has {labels} labels, this build expects {NerLabels.Count}");
        var biases = new float[labels];
        for (var i = 0; i < labels; i++)
            biases[i] = reader.ReadSingle();
        var weights = new Half[(1 << bits) * labels];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan());
        if (reader.Read(bytes) != bytes.Length)
            throw new InvalidDataException($"{modelPath} is truncated");
        var gazetteer = Gazetteer.Load(gazetteerPath);
        var types = nameTypesPath is not null && File.Exists(nameTypesPath) ? NameTypes.Load(nameTypesPath) : NameTypes.Empty;
        return new NerModel(bits, weights, biases, gazetteer) { NameTypes = types.WithPlaces(gazetteer) };
    }

    public void Save(string path)
    {
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(Magic.ToCharArray());
        writer.Write(Featurizer.Bits);
        writer.Write(NerLabels.Count);
        foreach (var bias in _biases)
            writer.Write(bias);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_weights.AsSpan()));
    }

    /// <summary>Tags every sentence of a document (label indices per token), then makes names consistent across it.</summary>
    public List<int[]> Tag(NerDocument document)
    {
        var features = Featurizer.Featurize(document);
        var tags = Decode(document, features);
        DocumentConsistency.Apply(document, tags);
        return tags;
    }

    private List<int[]> Decode(NerDocument document, List<NerFeaturizer.TokenFeatures[]> features)
    {
        var history = new LabelHistory();
        var tags = new List<int[]>(features.Count);
        for (var s = 0; s < features.Count; s++)
        {
            var labels = Decode(Featurizer.WithHistory(features[s], document.Sentences[s], history));
            history.Record(document.Sentences[s], labels);
            tags.Add(labels);
        }
        return tags;
    }

    private int[] Decode(NerFeaturizer.TokenFeatures[] sentence)
    {
        var n = sentence.Length;
        var k = NerLabels.Count;
        var best = new int[n];
        if (n == 0)
            return best;
        var score = new double[n, k];
        var back = new int[n, k];
        var baseScores = new float[k];
        var step = new float[k];

        for (var i = 0; i < n; i++)
        {
            Base(sentence[i].Buckets, baseScores);
            for (var label = 0; label < k; label++)
            {
                score[i, label] = double.NegativeInfinity;
            }
            var previousLabels = i == 0 ? 1 : k;
            for (var p = 0; p < previousLabels; p++)
            {
                var previous = i == 0 ? NerLabels.Outside : p;
                var before = i == 0 ? 0 : score[i - 1, p];
                if (double.IsNegativeInfinity(before))
                    continue;
                Array.Copy(baseScores, step, k);
                AddRow(_prevTagBuckets[previous], step);
                AddRow(Featurizer.PrevTagShape(previous, sentence[i]), step);
                AddRow(Featurizer.PrevTagWord(previous, sentence[i]), step);
                var logZ = LogSumExp(step, previous);
                for (var label = 0; label < k; label++)
                {
                    if (!NerLabels.Allowed(previous, label))
                        continue;
                    var total = before + step[label] - logZ;
                    if (total > score[i, label])
                    {
                        score[i, label] = total;
                        back[i, label] = previous;
                    }
                }
            }
        }

        var last = 0;
        for (var label = 1; label < k; label++)
            if (score[n - 1, label] > score[n - 1, last])
                last = label;
        for (var i = n - 1; i >= 0; i--)
        {
            best[i] = last;
            last = back[i, last];
        }
        return best;
    }

    private void Base(int[] buckets, float[] scores)
    {
        Array.Copy(_biases, scores, scores.Length);
        foreach (var bucket in buckets)
            AddRow(bucket, scores);
    }

    private void AddRow(int bucket, float[] scores)
    {
        var offset = bucket * NerLabels.Count;
        for (var label = 0; label < scores.Length; label++)
            scores[label] += (float)_weights[offset + label];
    }

    private static double LogSumExp(float[] scores, int previous)
    {
        var max = double.NegativeInfinity;
        for (var label = 0; label < scores.Length; label++)
            if (NerLabels.Allowed(previous, label))
                max = Math.Max(max, scores[label]);
        var sum = 0.0;
        for (var label = 0; label < scores.Length; label++)
            if (NerLabels.Allowed(previous, label))
                sum += Math.Exp(scores[label] - max);
        return max + Math.Log(sum);
    }
}
