namespace Extractor.Model;

/// <summary>A named organization: its fullest name, the other forms the text uses, and every mention.</summary>
public sealed record Organization(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<Mention> Mentions);
