using Extractor.Ner;

namespace Extractor.Pipeline;

/// <summary>The shipped models, loaded once per process on first use and shared by every pipeline and thread.</summary>
public static class SharedModels
{
    private static readonly Lazy<NerModel?> NerModel = new(NerModelFiles.LoadShipped);

    public static NerModel? Ner => NerModel.Value;
}
