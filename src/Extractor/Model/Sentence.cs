namespace Extractor.Model;

/// <summary>A sentence of the article text: its span and the range of its tokens in <see cref="Article.Tokens"/>.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount);
