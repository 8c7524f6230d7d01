namespace Extractor.Sources;

/// <summary>Maps file extensions and media types to what the pipeline should do with a document.</summary>
public static class ContentKinds
{
    private static readonly string[] JsonExtensions = [".jsonl", ".json", ".ndjson"];

    /// <summary>The extensions a folder input picks up, also gzipped ("x.html.gz"); other files in a folder are skipped and counted.</summary>
    public static readonly IReadOnlySet<string> FolderExtensions =
        new HashSet<string>([".txt", ".text", ".html", ".htm", .. JsonExtensions], StringComparer.OrdinalIgnoreCase);

    public static bool IsFolderInput(string path) => FolderExtensions.Contains(Path.GetExtension(Gzip.InnerName(path)));

    public static bool IsJsonRecords(string path) =>
        JsonExtensions.Contains(Path.GetExtension(Gzip.InnerName(path)), StringComparer.OrdinalIgnoreCase);

    public static ContentKind FromPath(string path) => Path.GetExtension(Gzip.InnerName(path)).ToLowerInvariant() switch
    {
        ".html" or ".htm" or ".xhtml" => ContentKind.Html,
        ".txt" or ".text" => ContentKind.PlainText,
        _ => ContentKind.Unknown,
    };

    public static ContentKind FromMediaType(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        "text/html" or "application/xhtml+xml" => ContentKind.Html,
        "text/plain" => ContentKind.PlainText,
        _ => ContentKind.Unknown,
    };
}
