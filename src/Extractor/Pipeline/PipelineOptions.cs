namespace Extractor.Pipeline;

/// <summary>Settings of the processing stages, built once from the CLI (or by a library user) and passed down.</summary>
public sealed record PipelineOptions
{
    /// <summary>Decode every byte input with this charset (e.g. <c>windows-1252</c>) instead of detecting it.</summary>
    public string? Encoding { get; init; }

    /// <summary>Resolves relative dates ("last Friday") of articles whose publication date is unknown.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>The named-entity model; null loads the shipped one (models/ner.bin). Without one the pipeline cannot
    /// be made (<see cref="Ner.ModelLoadException"/>) unless <see cref="WithoutModel"/> is set.</summary>
    public Ner.NerModel? NerModel { get; init; }

    /// <summary>Leave out the stages that need the NER model (entities, quotes, officials, demands) and never load
    /// it: text, metadata and dates only. Off by default, so a missing model is an error, not empty fields.</summary>
    public bool WithoutModel { get; init; }

    /// <summary>Run the English-only stages also on pages that declare another language (see <see cref="IEnglishOnlyStage"/>).</summary>
    public bool AnyLanguage { get; init; }

    /// <summary>Time one document may take through all stages; past it the document fails with <c>timeout</c>.</summary>
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The most characters of a text that the language stages (sentences, dates, entities, quotes, officials,
    /// demands) read; a longer text is kept whole in <c>text</c>, its first part is analysed, and a
    /// <c>text_truncated</c> note says so. The longest news articles have about 100,000 characters; the bound keeps
    /// time and memory per document flat for the 20 MB texts that the input limit lets through.
    /// </summary>
    public int MaxAnalysisChars { get; init; } = DefaultMaxAnalysisChars;

    public const int DefaultMaxAnalysisChars = 1_000_000;
}
