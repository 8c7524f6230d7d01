namespace Extractor.Model;

/// <summary>A direct quote: the words inside the marks, who said them, and the reporting cue.</summary>
public sealed record Quote(string Text, string? Speaker, string? SpeakerAffiliation, string? Cue, int Start, int End);
