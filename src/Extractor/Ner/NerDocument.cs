namespace Extractor.Ner;

/// <summary>A document as the tagger sees it: sentences of token strings (a CoNLL file's or an article's).</summary>
public sealed record NerDocument(IReadOnlyList<IReadOnlyList<string>> Sentences);
