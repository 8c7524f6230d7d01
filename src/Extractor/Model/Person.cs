namespace Extractor.Model;

/// <summary>A named person and every mention of them.</summary>
public sealed record Person(string Name, IReadOnlyList<Mention> Mentions);
