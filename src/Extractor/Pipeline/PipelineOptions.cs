namespace Extractor.Pipeline;

/// <summary>Settings of the processing stages, built once from the CLI (or by a library user) and passed down.</summary>
public sealed record PipelineOptions
{
    /// <summary>Decode every byte input with this charset (e.g. <c>windows-1252</c>) instead of detecting it.</summary>
    public string? Encoding { get; init; }

    /// <summary>Resolves relative dates ("last Friday") of articles whose publication date is unknown.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>The named-entity model; null loads the shipped one (models/ner.bin), and without one the entities stage is left out.</summary>
    public Ner.NerModel? NerModel { get; init; }

    /// <summary>Run the English-only stages also on pages that declare another language (see <see cref="IEnglishOnlyStage"/>).</summary>
    public bool AnyLanguage { get; init; }

    /// <summary>Time one document may take through all stages; past it the document fails with <c>timeout</c>.</summary>
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
