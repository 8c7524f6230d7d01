using System.Text;

namespace Extractor.Ner;

/// <summary>
/// The trained tagger: maximum-entropy weights that read the previous tag and, in models trained both ways, the
/// next tag (see <see cref="NerDecoder"/>), and the gazetteer they were trained with.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "EXTRNER2";
    private readonly NerDecoder _decoder;

    public NerModel(NerWeights weights, Gazetteer gazetteer)
    {
        Weights = weights;
        Featurizer = new NerFeaturizer(gazetteer, weights.Bits);
        Gazetteer = gazetteer;
        _decoder = new NerDecoder(Featurizer, weights);
    }

    public NerWeights Weights { get; }

    public NerFeaturizer Featurizer { get; }

    /// <summary>The lexicons compiled into the model (also read by the entity builder: "Charlotte" is a listed place).</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>What names were tagged in the training data (models/ner-name-types.tsv); empty when the file is absent.</summary>
    public NameTypes NameTypes { get; private set; } = NameTypes.Empty;

    public static NerModel Load(string modelPath, string gazetteerPath, string? nameTypesPath = null)
    {
        // The lexicons are parsed on another thread while the weights are read: start-up is most of a short run.
        var lexicons = Task.Run(() =>
        {
            var gazetteer = Gazetteer.Load(gazetteerPath);
            var types = nameTypesPath is not null && File.Exists(nameTypesPath) ? NameTypes.Load(nameTypesPath) : NameTypes.Empty;
            return (gazetteer, types.WithPlaces(gazetteer));
        });
        NerWeights weights;
        using (var reader = new BinaryReader(File.OpenRead(modelPath), Encoding.UTF8))
        {
            if (new string(reader.ReadChars(Magic.Length)) != Magic)
                throw new InvalidDataException($"{modelPath} is not an Extractor NER model of this version (retrain it with `extractor train ner`)");
            var bits = reader.ReadInt32();
            var labels = reader.ReadInt32();
            if (labels != NerLabels.Count)
                throw new InvalidDataException($"{modelPath} has {labels} labels, this build expects {NerLabels.Count}");
            weights = NerWeights.Read(reader, bits, modelPath);
        }
        var (loadedGazetteer, nameTypes) = lexicons.GetAwaiter().GetResult();
        return new NerModel(weights, loadedGazetteer) { NameTypes = nameTypes };
    }

    public void Save(string path)
    {
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(Magic.ToCharArray());
        writer.Write(Featurizer.Bits);
        writer.Write(NerLabels.Count);
        Weights.Write(writer);
    }

    /// <summary>
    /// Tags every sentence of a document (label indices per token), then makes names consistent across it. Each
    /// sentence's features are made just before it is decoded and dropped after: a long text's features would
    /// otherwise all be held at once (some 200 bytes a token).
    /// </summary>
    public List<int[]> Tag(NerDocument document, CancellationToken ct = default)
    {
        var context = DocumentContext.Of(document);
        var history = new LabelHistory();
        var tags = new List<int[]>(document.Sentences.Count);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            ct.ThrowIfCancellationRequested(); // a sentence takes microseconds: the document's deadline is checked often
            var features = Featurizer.Featurize(document, s, context);
            var labels = _decoder.Decode(Featurizer.WithHistory(features, document.Sentences[s], history));
            history.Record(document.Sentences[s], labels);
            tags.Add(labels);
        }
        DocumentConsistency.Apply(document, tags);
        return tags;
    }
}
