using System.Net;
using Extractor.Model;

namespace Extractor.Sources;

/// <summary>
/// A plain HTTP GET of one URL with a timeout and a size cap. Politeness (robots.txt, per-host limits, retries)
/// belongs to the fetching issue; this is the minimal, honest version: every failure becomes a record.
/// </summary>
public sealed class UrlLoader(HttpClient http, SourceOptions options)
{
    public static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public static HttpClient CreateClient(SourceOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 10,
            ConnectTimeout = options.HttpTimeout,
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        return client;
    }

    public async Task<SourceDocument> LoadAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return SourceDocument.Failed(url, ErrorCodes.FetchFailed, $"not a valid URL: {url}");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.HttpTimeout);
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var finalUrl = response.RequestMessage?.RequestUri?.ToString() ?? url;
            if (!response.IsSuccessStatusCode)
                return Refused(url, response.StatusCode, response.ReasonPhrase);

            var length = response.Content.Headers.ContentLength;
            if (length > options.MaxInputBytes)
                return TooLarge(url, length.Value);
            var bytes = await ReadCappedAsync(response.Content, timeout.Token);
            if (bytes is null)
                return TooLarge(url, null);

            var contentType = response.Content.Headers.ContentType;
            return new SourceDocument
            {
                Source = url,
                Url = finalUrl,
                Bytes = bytes,
                Kind = ContentKinds.FromMediaType(contentType?.MediaType),
                DeclaredCharset = contentType?.CharSet?.Trim('"', '\''),
            };
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return SourceDocument.Failed(url, ErrorCodes.Timeout, $"no complete response within {options.HttpTimeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            return SourceDocument.Failed(url, ErrorCodes.FetchFailed, $"cannot fetch {url}: {e.Message}");
        }
    }

    private static SourceDocument Refused(string url, HttpStatusCode status, string? reason)
    {
        var code = (int)status;
        var message = $"HTTP {code} {reason}".TrimEnd();
        return status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.UnavailableForLegalReasons
            ? SourceDocument.Failed(url, ErrorCodes.Blocked, $"the server refused access: {message}")
            : SourceDocument.Failed(url, ErrorCodes.HttpError, message);
    }

    private SourceDocument TooLarge(string url, long? length) =>
        SourceDocument.Failed(url, ErrorCodes.TooLarge,
            $"response {(length is null ? "" : $"of {Sizes.Describe(length.Value)} ")}is over the {Sizes.Describe(options.MaxInputBytes)} limit (--max-input-mb)");

    /// <summary>Reads the body, or returns null as soon as it passes the cap, so a huge response never fills memory.</summary>
    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > options.MaxInputBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
