namespace Extractor.Output;

/// <summary>Picks the writer for a format and a destination (a stream, a file, or a folder for the two CSV tables).</summary>
public static class ArticleWriters
{
    public static IArticleWriter ForStream(OutputFormat format, Stream output, bool leaveOpen) => format switch
    {
        OutputFormat.Json => new JsonArticleWriter(output, leaveOpen),
        OutputFormat.Jsonl => new JsonLinesArticleWriter(output, leaveOpen),
        OutputFormat.Csv => new CsvMentionsWriter(output, leaveOpen),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>A path that is a folder, or ends with a separator, receives articles.csv and mentions.csv.</summary>
    public static bool IsFolderTarget(string path) =>
        Directory.Exists(path) || path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar);

    /// <summary>A writer to a file (created or replaced), or with <paramref name="append"/> after what a JSON Lines file holds (--resume).</summary>
    public static IArticleWriter ForPath(OutputFormat format, string path, bool append = false)
    {
        if (format == OutputFormat.Csv && IsFolderTarget(path))
            return new CsvFolderWriter(path);
        if (append && format != OutputFormat.Jsonl)
            throw new ArgumentException("only JSON Lines output can be appended to", nameof(append));
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
            Directory.CreateDirectory(directory);
        return ForStream(format, new FileStream(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read), leaveOpen: false);
    }
}
