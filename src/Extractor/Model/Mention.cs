namespace Extractor.Model;

/// <summary>A span of the article text: UTF-16 offsets, <c>End</c> exclusive.</summary>
public sealed record Mention(int Start, int End);
