namespace Extractor.Model;

/// <summary>A date the article mentions, normalized to ISO (YYYY-MM-DD, YYYY-MM or YYYY); <c>Value</c> is null when it cannot be anchored.</summary>
public sealed record DateMention(string Text, string? Value, string Granularity, int Start, int End);
