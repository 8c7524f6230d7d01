namespace Extractor.Model;

/// <summary>A person holding an office stated in the text.</summary>
public sealed record Official(string Name, string? Title, string? Organization, int Start, int End);
