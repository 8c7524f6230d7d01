namespace Extractor.Ner;

/// <summary>
/// The NER model cannot be used: no model file was found, or one exists but is cut short, corrupt, or written
/// by another version. Either way the stages that need it cannot run, which is an error, not an empty result.
/// </summary>
public sealed class ModelLoadException : Exception
{
    public ModelLoadException(string path, Exception inner)
        : base($"cannot load the NER model {path}: {inner.Message}. Retrain it with `extractor train ner` (models/README.md) or restore the shipped file", inner)
    {
        Path = path;
    }

    private ModelLoadException(string path, string message) : base(message) => Path = path;

    /// <summary>The model file, or for a missing model the first place it was looked for.</summary>
    public string Path { get; }

    public static ModelLoadException Missing(IReadOnlyList<string> lookedFor) => new(lookedFor[0],
        $"no NER model found (looked for {string.Join(", ", lookedFor)}): people, organizations, quotes, officials " +
        "and demands need it. Set EXTRACTOR_MODELS to the folder that holds ner.bin, restore models/ from the repository, " +
        "or retrain it (`extractor train ner`, models/README.md); --without-model runs only the stages that need no model");
}
