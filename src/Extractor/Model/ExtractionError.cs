namespace Extractor.Model;

/// <summary>One problem met while processing a document: which stage, a stable machine-readable code, and a message for people.</summary>
public sealed record ExtractionError(string Stage, string Code, string Message);
