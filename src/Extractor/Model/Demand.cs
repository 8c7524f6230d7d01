namespace Extractor.Model;

/// <summary>A call for action: what is demanded, by whom, of whom, as a normalized action verb.</summary>
public sealed record Demand(string Text, string? Actor, string? Target, string? Action, string? Cue, int Start, int End);
