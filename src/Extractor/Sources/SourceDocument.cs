using Extractor.Model;

namespace Extractor.Sources;

/// <summary>
/// One document as a source delivered it, before any processing: raw bytes (files, URLs, stdin) or text
/// (a JSON Lines field), plus what the input says about it. A source that could not read the document sets
/// <see cref="LoadError"/> instead, so the failure travels down the same path as every other record.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>The input as the user gave it: a path, a URL, or a path with a line number for JSON Lines.</summary>
    public required string Source { get; init; }

    public ContentKind Kind { get; init; } = ContentKind.Unknown;

    /// <summary>Undecoded content. Null when <see cref="Text"/> is set or loading failed.</summary>
    public byte[]? Bytes { get; init; }

    /// <summary>Already-decoded content (JSON Lines input).</summary>
    public string? Text { get; init; }

    /// <summary>The charset a transport declared (an HTTP Content-Type), if any.</summary>
    public string? DeclaredCharset { get; init; }

    /// <summary>An id given with the input; it becomes the article_id.</summary>
    public string? Id { get; init; }

    /// <summary>
    /// What the article_id (without <see cref="Id"/>) and the shard are computed from, when not <see cref="Source"/>
    /// itself: a file's canonical path (<see cref="CanonicalPath"/>, with "#L&lt;n&gt;" for a JSON Lines record),
    /// a WARC record's WARC-Record-ID, the digest of an id-less record read from standard input.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>The string the article_id and the shard come from.</summary>
    public string Identity => Key ?? Source;

    public string? Url { get; init; }

    /// <summary>The address the content came from over HTTP, after redirects; it becomes <c>fetched_url</c>.</summary>
    public string? FetchedUrl { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }

    public ExtractionError? LoadError { get; init; }

    public static SourceDocument Failed(string source, string code, string message) =>
        new() { Source = source, LoadError = new ExtractionError("read", code, message) };
}
