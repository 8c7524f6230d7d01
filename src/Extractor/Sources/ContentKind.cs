namespace Extractor.Sources;

/// <summary>What a document's content is, as far as the source can tell before decoding.</summary>
public enum ContentKind
{
    /// <summary>Decide from the content (markup or plain text).</summary>
    Unknown,
    PlainText,
    Html,
}
