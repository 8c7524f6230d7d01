using Extractor.Fetching;
using Extractor.Model;

namespace Extractor.Sources;

/// <summary>
/// One URL as a document: fetched by the <see cref="Fetcher"/> (politeness, retries, limits), then judged:
/// refused (401/403/451) and challenge pages are <c>blocked</c>, other HTTP errors <c>http_error</c>, content
/// that is no page (PDF, images, JSON) <c>unsupported_content</c>. <c>url</c> is the address after redirects.
/// </summary>
public sealed class UrlLoader(Fetcher fetcher)
{
    public static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public async Task<SourceDocument> LoadAsync(string url, CancellationToken ct) => ToDocument(await fetcher.FetchAsync(url, ct));

    /// <summary>A fetched response as a document: the same judgement live and from a WARC file.</summary>
    public static SourceDocument ToDocument(FetchResult result) =>
        Judge(result) is var document && result.HasResponse ? document with { FetchedUrl = result.FinalUrl } : document;

    private static SourceDocument Judge(FetchResult result)
    {
        var url = result.RequestedUrl;
        if (result.Failure is { } failure)
            return SourceDocument.Failed(url, failure.Code, failure.Message);
        var status = result.Status;
        var tries = Fetcher.Tries(result.Attempts);
        var message = $"HTTP {status} {result.Reason}".TrimEnd();
        if (status is 401 or 403 or 451)
            return SourceDocument.Failed(url, ErrorCodes.Blocked, $"the server refused access: {message}") with { Url = result.FinalUrl };
        if (BlockPages.Marker(result.Body) is { } marker)
            return SourceDocument.Failed(url, ErrorCodes.Blocked, $"a bot challenge or block page ({message}, \"{marker}\"), not the article") with { Url = result.FinalUrl };
        if (status is < 200 or >= 300)
            return SourceDocument.Failed(url, ErrorCodes.HttpError, message + tries + (result.NotRetried is { } why ? $"; {why}" : "")) with { Url = result.FinalUrl };
        var kind = ContentKinds.FromMediaType(result.MediaType);
        if (result.MediaType is not null && kind == ContentKind.Unknown)
            return SourceDocument.Failed(url, ErrorCodes.UnsupportedContent, $"content type {result.MediaType} is not an article page") with { Url = result.FinalUrl };
        return new SourceDocument
        {
            Source = url,
            Url = result.FinalUrl,
            Bytes = result.Body ?? [],
            Kind = kind,
            DeclaredCharset = result.Charset,
        };
    }
}
