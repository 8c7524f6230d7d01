namespace Extractor.Ner;

/// <summary>
/// Where the shipped NER model lives: models/ner.bin and models/ner-gazetteer.tsv beside the executable (the
/// build copies them there), or in the repository's models/ folder when running from a clone; the
/// EXTRACTOR_MODELS environment variable names another folder.
/// </summary>
public static class NerModelFiles
{
    public const string ModelName = "ner.bin";

    public static string GazetteerPathFor(string modelPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, Path.GetFileNameWithoutExtension(modelPath) + "-gazetteer.tsv");

    /// <summary>The table of name types beside a model: models/ner-name-types.tsv for models/ner.bin.</summary>
    public static string NameTypesPathFor(string modelPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, Path.GetFileNameWithoutExtension(modelPath) + "-name-types.tsv");

    public static NerModel Load(string modelPath)
    {
        try
        {
            return NerModel.Load(modelPath, GazetteerPathFor(modelPath), NameTypesPathFor(modelPath));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException)
        {
            throw new ModelLoadException(modelPath, e);
        }
    }

    public static NerModel? LoadShipped() => FindShipped() is { } path ? Load(path) : null;

    public static string? FindShipped()
    {
        if (Environment.GetEnvironmentVariable("EXTRACTOR_MODELS") is { Length: > 0 } folder)
            return Existing(Path.Combine(folder, ModelName));
        var beside = Path.Combine(AppContext.BaseDirectory, "models", ModelName);
        if (File.Exists(beside))
            return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Existing(Path.Combine(dir.FullName, "models", ModelName)) is { } found)
                return found;
        return null;
    }

    private static string? Existing(string path) => File.Exists(path) ? path : null;
}
