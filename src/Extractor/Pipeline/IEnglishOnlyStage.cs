namespace Extractor.Pipeline;

/// <summary>
/// A stage whose models and word lists are English (the tagger, reporting verbs, titles, demand cues). On a page
/// that declares another language it would turn capitalized nouns into organizations and miss every quote, so
/// the pipeline leaves it out there unless told otherwise (<see cref="PipelineOptions.AnyLanguage"/>).
/// </summary>
public interface IEnglishOnlyStage : IStage;
