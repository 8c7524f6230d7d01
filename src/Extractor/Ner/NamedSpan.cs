namespace Extractor.Ner;

/// <summary>A name found in an article: its type (PER, ORG, LOC, MISC), text and UTF-16 offsets.</summary>
public sealed record NamedSpan(string Type, string Text, int Start, int End);
