namespace Extractor.Quotes;

/// <summary>The words between one pair of quotation marks (or to the end of a paragraph a quote opens and does not close).</summary>
public sealed record QuoteSpan(int Start, int End, int OpenMark, int CloseMark, bool ContinuesParagraph, bool ContinuedFromParagraph);
