namespace Extractor.Html.MainText;

/// <summary>The article text found in a page, one block per line, and how it was found (for --stats and debugging).</summary>
public sealed record MainTextResult(string Text, int Blocks, string Method);
