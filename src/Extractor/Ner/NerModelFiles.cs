namespace Extractor.Ner;

/// <summary>
/// Where the shipped NER model lives: models/ner.bin and models/ner-gazetteer.tsv beside the executable (the
/// build copies them there), or in the models/ folder of the repository clone the executable was built in (the
/// nearest parent folder with Extractor.sln; no other parent folder is looked in, so an unrelated models/ner.bin
/// above the tool is never taken); the EXTRACTOR_MODELS environment variable names another folder.
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

    public static string? FindShipped() => Places().FirstOrDefault(File.Exists);

    /// <summary>Where the model is looked for, in order: what a "model not found" message names.</summary>
    public static IReadOnlyList<string> Places()
    {
        if (Environment.GetEnvironmentVariable("EXTRACTOR_MODELS") is { Length: > 0 } folder)
            return [Path.Combine(Path.GetFullPath(folder), ModelName)];
        var places = new List<string> { Path.Combine(AppContext.BaseDirectory, "models", ModelName) };
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Extractor.sln")))
                continue;
            places.Add(Path.Combine(dir.FullName, "models", ModelName));
            break;
        }
        return places;
    }
}
