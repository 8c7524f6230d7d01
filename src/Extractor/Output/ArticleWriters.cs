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

    public static IArticleWriter ForPath(OutputFormat format, string path)
    {
        if (format == OutputFormat.Csv && IsFolderTarget(path))
            return new CsvFolderWriter(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
            Directory.CreateDirectory(directory);
        return ForStream(format, new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read), leaveOpen: false);
    }
}
