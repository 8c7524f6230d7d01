using System.Runtime.CompilerServices;
using Extractor.Model;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Extractor.Sources;

/// <summary>
/// Turns what the user typed (files, folders, URLs, <c>-</c>) into a lazy stream of documents. Nothing is read
/// before it is needed, so an archive of any size starts at once and memory stays flat.
/// </summary>
public sealed class InputExpander(SourceOptions options) : IDisposable
{
    private readonly Matcher? _matcher = CreateMatcher(options.Globs);
    private Fetching.Fetcher? _fetcher;
    private UrlLoader? _urlLoader;

    /// <summary>Files inside folder inputs that were passed over: not a supported extension, or not matching --glob.</summary>
    public int SkippedFiles { get; private set; }

    /// <summary>Files found in folder inputs and read (supported, matching --glob).</summary>
    public int FolderFiles { get; private set; }

    /// <summary>Records of foreign WARC files that are no article pages (redirects, errors, images, robots.txt).</summary>
    public int SkippedRecords { get; private set; }

    /// <summary>Every document of the inputs, read one after the other.</summary>
    public async IAsyncEnumerable<SourceDocument> ExpandAsync(
        IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var pending in EnumerateAsync(inputs, ct))
            yield return await pending.LoadAsync(ct);
    }

    /// <summary>
    /// Every document of the inputs, not yet read: files and URLs are loaded by whoever processes them, so a
    /// parallel runner reads them in its workers. Folders are listed and JSON Lines files parsed as they come.
    /// </summary>
    public async IAsyncEnumerable<PendingDocument> EnumerateAsync(
        IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var input in inputs)
        {
            ct.ThrowIfCancellationRequested();
            await foreach (var doc in ExpandOneAsync(input, ct))
                yield return doc;
        }
    }

    private async IAsyncEnumerable<PendingDocument> ExpandOneAsync(string input, [EnumeratorCancellation] CancellationToken ct)
    {
        if (input == StdinReader.SourceName)
        {
            if (options.OpenStandardInput is null)
            {
                yield return PendingDocument.Ready(SourceDocument.Failed(input, ErrorCodes.UnsupportedInput, "standard input is not available here"));
                yield break;
            }
            await foreach (var doc in StdinReader.ReadAsync(options.OpenStandardInput(), options, ct))
                yield return PendingDocument.Ready(doc);
        }
        else if (UrlLoader.IsUrl(input))
        {
            _urlLoader ??= new UrlLoader(_fetcher = new Fetching.Fetcher(options.Fetch with { MaxBytes = options.MaxInputBytes }));
            var loader = _urlLoader;
            yield return new PendingDocument(input, null, token => loader.LoadAsync(input, token));
        }
        else if (input.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            yield return PendingDocument.Ready(SourceDocument.Failed(input, ErrorCodes.UnsupportedInput,
                $"file: URLs are not read; give the path itself{(Uri.TryCreate(input, UriKind.Absolute, out var file) && file.IsFile ? $" ({file.LocalPath})" : "")}"));
        }
        else if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && !uri.IsFile && uri.Scheme.Length > 1)
        {
            yield return PendingDocument.Ready(SourceDocument.Failed(input, ErrorCodes.UnsupportedInput,
                $"unsupported scheme '{uri.Scheme}:' (only http and https URLs, files and folders are read)"));
        }
        else if (Directory.Exists(input))
        {
            var walk = new FolderWalk(input, file => Accepts(input, file), options.ExcludedPaths);
            try
            {
                foreach (var entry in walk.Entries())
                {
                    if (entry.Code is { } code)
                    {
                        yield return PendingDocument.Ready(SourceDocument.Failed(entry.Path, code, entry.Message!));
                        continue;
                    }
                    FolderFiles++;
                    await foreach (var doc in ExpandFileAsync(entry.Path, ct))
                        yield return doc;
                }
            }
            finally
            {
                SkippedFiles += walk.Skipped;
            }
        }
        else if (options.ExcludedPaths.Contains(CanonicalPath.Of(input)))
        {
            yield return PendingDocument.Ready(SourceDocument.Failed(input, ErrorCodes.UnsupportedInput,
                "this is the run's own output file (--output): it is not read as an input"));
        }
        else
        {
            await foreach (var doc in ExpandFileAsync(input, ct))
                yield return doc;
        }
    }

    private async IAsyncEnumerable<PendingDocument> ExpandFileAsync(string path, [EnumeratorCancellation] CancellationToken ct)
    {
        // A WARC or JSON Lines file is read here, by the listing, not by a worker: one that cannot be opened is
        // its own failed record, not an error of the whole run.
        if (File.Exists(path) && (Warc.WarcReader.IsWarc(path) || ContentKinds.IsJsonRecords(path)) && CannotOpen(path) is { } problem)
        {
            yield return PendingDocument.Ready(SourceDocument.Failed(path, ErrorCodes.Unreadable, $"cannot read {path}: {problem}"));
            yield break;
        }
        if (File.Exists(path) && Warc.WarcReader.IsWarc(path))
        {
            await foreach (var doc in WarcDocumentsAsync(path, ct))
                yield return doc;
        }
        else if (File.Exists(path) && ContentKinds.IsJsonRecords(path))
        {
            var canonical = CanonicalPath.Of(path);
            await foreach (var doc in JsonRecordReader.ReadFileAsync(path, options, ct))
                yield return PendingDocument.Ready(doc with { Key = canonical + doc.Source[path.Length..] }); // "#L12", "#3", "#end"
        }
        else
        {
            // The listing knows the canonical path; the loaded document carries it too, however it is loaded.
            var key = CanonicalPath.Of(path);
            yield return new PendingDocument(path, null, async token => await FileLoader.LoadAsync(path, options, token) with { Key = key }) { Key = key };
        }
    }

    /// <summary>Responses of a WARC file that can be articles, judged as live ones. A damaged file ends with one failed record.</summary>
    private async IAsyncEnumerable<PendingDocument> WarcDocumentsAsync(string path, [EnumeratorCancellation] CancellationToken ct)
    {
        var records = Warc.WarcReader.ReadAsync(path, options.MaxInputBytes, ct).GetAsyncEnumerator(ct);
        var count = 0;
        string? canonical = null; // for records without a WARC-Record-ID: found once per file, when first needed
        try
        {
            while (true)
            {
                PendingDocument? next = null;
                try
                {
                    if (!await records.MoveNextAsync())
                        yield break;
                }
                catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or FormatException)
                {
                    next = PendingDocument.Ready(SourceDocument.Failed($"{path}#record{count + 1}", ErrorCodes.Unreadable,
                        $"cannot read {path} after {count} record(s): {e.Message}"));
                }
                if (next is not null)
                {
                    yield return next;
                    yield break;
                }
                count++;
                var record = records.Current;
                // Two records of one URL (a page crawled twice) are two documents: the record id tells them apart.
                var key = record.RecordId is { Length: > 0 } id ? $"warc:{id}" : $"{canonical ??= CanonicalPath.Of(path)}#record{count}";
                if (record.TooLarge is { } tooLarge)
                {
                    yield return PendingDocument.Ready(SourceDocument.Failed(record.Response.RequestedUrl, ErrorCodes.TooLarge, tooLarge) with { Key = key });
                    continue;
                }
                // A foreign archive (Common Crawl) holds redirects, errors, robots.txt files and images: only its
                // pages are documents. What `fetch` stored is every answer to a requested URL, judged as live.
                var response = record.Response;
                if (!record.WrittenByFetch && (response.Status is < 200 or >= 300 || ContentKinds.FromMediaType(response.MediaType) == ContentKind.Unknown))
                {
                    SkippedRecords++;
                    continue;
                }
                yield return PendingDocument.Ready(UrlLoader.ToDocument(response) with { Key = key });
            }
        }
        finally
        {
            await records.DisposeAsync();
        }
    }

    private static string? CannotOpen(string path)
    {
        try
        {
            using var _ = File.OpenRead(path);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }

    private bool Accepts(string root, string file)
    {
        if (_matcher is not null)
            return _matcher.Match(Path.GetRelativePath(root, file)).HasMatches;
        if (ContentKinds.IsJsonRecords(file))
            return HoldsArticles(file);
        return ContentKinds.IsFolderInput(file) || Warc.WarcReader.IsWarc(file);
    }

    /// <summary>
    /// Whether a JSON Lines file found in a folder holds articles: its first record has "html", "text" or "url".
    /// Other JSON files beside articles (a gold annotation file, settings) are skipped and counted, not failed.
    /// </summary>
    private static bool HoldsArticles(string file)
    {
        try
        {
            using var stream = Gzip.OpenRead(file);
            var head = new byte[1024 * 1024]; // a first record of a metadata file can be long (150 KB occur)
            var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return JsonArticleSniffer.FirstRecordHoldsArticle(head.AsSpan(0, length));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return true; // unreadable: the reader reports it
        }
    }

    private static Matcher? CreateMatcher(IReadOnlyList<string> globs)
    {
        if (globs.Count == 0)
            return null;
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        foreach (var glob in globs)
            matcher.AddInclude(glob);
        return matcher;
    }

    public void Dispose() => _fetcher?.Dispose();
}
