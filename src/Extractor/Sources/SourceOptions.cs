namespace Extractor.Sources;

/// <summary>How inputs are found and read. Immutable; change with <c>with { ... }</c>.</summary>
public sealed record SourceOptions
{
    /// <summary>Largest document read, in bytes; a larger one fails with <c>too_large</c> without being read.</summary>
    public long MaxInputBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Glob patterns (e.g. <c>**/*.html</c>) that files inside a folder input must match; empty = all supported files.</summary>
    public IReadOnlyList<string> Globs { get; init; } = [];

    /// <summary>How URL inputs are fetched.</summary>
    public Fetching.FetchOptions Fetch { get; init; } = new();

    /// <summary>Opens standard input for the <c>-</c> input. The library never touches the console itself.</summary>
    public Func<Stream>? OpenStandardInput { get; init; }

    /// <summary>Canonical paths (<see cref="CanonicalPath"/>) never read as inputs: the run's own output files, which
    /// may sit inside an input folder (<c>extract . -o out.jsonl --resume</c> would otherwise read its own records).</summary>
    public IReadOnlySet<string> ExcludedPaths { get; init; } = new HashSet<string>();
}
