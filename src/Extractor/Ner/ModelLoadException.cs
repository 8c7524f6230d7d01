namespace Extractor.Ner;

/// <summary>A model file that exists but cannot be used: cut short, corrupt, or written by another version.</summary>
public sealed class ModelLoadException(string path, Exception inner)
    : Exception($"cannot load the NER model {path}: {inner.Message}. Retrain it with `extractor train ner` (models/README.md) or restore the shipped file", inner)
{
    public string Path { get; } = path;
}
