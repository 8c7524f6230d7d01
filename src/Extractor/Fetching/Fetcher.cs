using System.Net;
using System.Net.Http.Headers;
using Extractor.Model;
using Extractor.Sources;
using Polly;
using Polly.Retry;

namespace Extractor.Fetching;

/// <summary>
/// Fetches URLs politely and boundedly: redirects followed by hand (each hop checked for scheme, robots.txt and
/// loops, the chain recorded), one request at a time per host with a pause between (<see cref="HostGate"/>),
/// retries with growing waits on 429, 5xx, timeouts and dropped connections, honouring Retry-After (Polly),
/// each request bounded in time from sending to the body's last byte, and the body capped after
/// decompression. Non-public addresses are refused unless allowed (<see cref="AddressGuard"/>).
/// </summary>
public sealed class Fetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _http;
    private readonly HostGate _gate;
    private readonly RobotsCache _robots;
    private readonly ResiliencePipeline<Attempt> _retry;

    /// <summary>One request's outcome, before the retry decision.</summary>
    private sealed record Attempt(HttpResponseMessage? Response, byte[]? Body, bool TooLarge, bool TimedOut, Exception? Error, TimeSpan? RetryAfter)
    {
        public int Status => Response is null ? 0 : (int)Response.StatusCode;
    }

    public Fetcher(FetchOptions options)
    {
        _options = options;
        _http = CreateClient(options);
        _gate = new HostGate(options.HostConcurrency, options.HostDelay);
        _robots = new RobotsCache(_http, _gate, options);
        _retry = new ResiliencePipelineBuilder<Attempt>()
            .AddRetry(new RetryStrategyOptions<Attempt>
            {
                MaxRetryAttempts = Math.Max(1, options.Retries),
                ShouldHandle = args => ValueTask.FromResult(options.Retries > 0 && args.Outcome.Result is { } a && IsTransient(a) && (a.RetryAfter ?? TimeSpan.Zero) <= options.MaxRetryWait),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Outcome.Result?.RetryAfter
                    ?? Min(TimeSpan.FromTicks(options.RetryBaseDelay.Ticks << args.AttemptNumber) + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 250)), options.MaxRetryWait)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Response?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public static HttpClient CreateClient(FetchOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = false,
            ConnectTimeout = options.RequestTimeout,
            ConnectCallback = AddressGuard.ConnectCallback(options.AllowPrivateAddresses),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        // Sent as given: a --user-agent that is not a strict RFC 9110 product list must not stop the run.
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        return client;
    }

    public async Task<FetchResult> FetchAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return Failed(url, ErrorCodes.FetchFailed, $"not a valid URL: {url}");
        var redirects = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var attempts = 0;
        for (var hop = 0; hop <= _options.MaxRedirects; hop++)
        {
            if (uri.Scheme is not ("http" or "https"))
                return Failed(url, ErrorCodes.UnsupportedInput, $"{Chain(redirects, uri)}: only http and https are fetched");
            if (!visited.Add(uri.AbsoluteUri))
                return Failed(url, ErrorCodes.FetchFailed, $"redirect loop: {Chain(redirects, uri)}");
            if (_options.ObeyRobots && await _robots.AllowsAsync(uri, ct) is (false, var unreachable))
            {
                return unreachable is null
                    ? Failed(url, ErrorCodes.RobotsDisallowed, $"robots.txt of {uri.Authority} disallows {uri.PathAndQuery} for {_options.RobotsAgent} (--ignore-robots to fetch anyway)")
                    : Failed(url, unreachable.Code, unreachable.Message);
            }

            var context = ResilienceContextPool.Shared.Get(ct);
            Attempt attempt;
            try
            {
                attempt = await _retry.ExecuteAsync(async (_, _) =>
                {
                    attempts++;
                    return await OnceAsync(uri, ct);
                }, context, 0);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }

            using var response = attempt.Response;
            if (attempt.Error is AddressGuard.RefusedException refused)
                return Failed(url, ErrorCodes.PrivateAddress, refused.Message);
            if (attempt.Error is { } error)
                return Failed(url, ErrorCodes.FetchFailed, $"cannot fetch {uri}: {Innermost(error).Message}{Tries(attempts)}");
            if (attempt.TimedOut)
                return Failed(url, ErrorCodes.Timeout, $"no complete response from {uri.Authority} within {_options.RequestTimeout.TotalSeconds:0.#} s{Tries(attempts)}");
            if (attempt.TooLarge)
                return Failed(url, ErrorCodes.TooLarge, $"response of {uri} is over the {Sizes.Describe(_options.MaxBytes)} limit (--max-input-mb), counted after decompression");
            if (response is null)
                return Failed(url, ErrorCodes.FetchFailed, $"no response from {uri}");

            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                redirects.Add(uri.AbsoluteUri);
                uri = location.IsAbsoluteUri ? location : new Uri(uri, location);
                continue;
            }
            var contentType = response.Content.Headers.ContentType;
            return new FetchResult
            {
                RequestedUrl = url,
                FinalUrl = uri.AbsoluteUri,
                Status = status,
                Reason = response.ReasonPhrase,
                HttpVersion = response.Version,
                Headers = HeadersOf(response),
                Body = attempt.Body,
                MediaType = contentType?.MediaType,
                Charset = contentType?.CharSet?.Trim('"', '\''),
                Redirects = redirects,
                Attempts = attempts,
                NotRetried = IsTransient(attempt) && attempt.RetryAfter > _options.MaxRetryWait && _options.Retries > 0
                    ? $"not retried: the server asked to wait {attempt.RetryAfter.Value.TotalSeconds:0} s (Retry-After), longer than --max-retry-wait {_options.MaxRetryWait.TotalSeconds:0} s"
                    : null,
            };
        }
        return Failed(url, ErrorCodes.FetchFailed, $"more than {_options.MaxRedirects} redirects: {Chain(redirects, uri)}");
    }

    /// <summary>One request through the host gate, bounded in time from sending to the last byte of the body.</summary>
    private async Task<Attempt> OnceAsync(Uri uri, CancellationToken ct)
    {
        using var lease = await _gate.EnterAsync(uri.Authority, ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.RequestTimeout);
        HttpResponseMessage? response = null;
        try
        {
            response = await _http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var retryAfter = RetryAfter(response.Headers.RetryAfter);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400)
                return new Attempt(response, null, false, false, null, retryAfter);
            if (response.Content.Headers.ContentLength > _options.MaxBytes)
                return new Attempt(response, null, true, false, null, retryAfter);
            var body = await ReadCappedAsync(response.Content, timeout.Token);
            return new Attempt(response, body, body is null, false, null, retryAfter);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            response?.Dispose();
            return new Attempt(null, null, false, true, null, null);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            response?.Dispose();
            return new Attempt(null, null, false, false, Innermost(e) as AddressGuard.RefusedException ?? e, null);
        }
    }

    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        return await Sizes.ReadCappedAsync(stream, _options.MaxBytes, ct);
    }

    private static bool IsTransient(Attempt attempt) =>
        attempt.TimedOut
        || (attempt.Error is not null && attempt.Error is not AddressGuard.RefusedException)
        || attempt.Status is 429 or 500 or 502 or 503 or 504;

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? Max(date - DateTimeOffset.UtcNow, TimeSpan.Zero) : null);

    /// <summary>The response's headers as received, one entry per value (content headers included).</summary>
    private static List<KeyValuePair<string, string>> HeadersOf(HttpResponseMessage response)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            foreach (var value in values)
                headers.Add(new(name, value));
        return headers;
    }

    private static FetchResult Failed(string url, string code, string message) =>
        new() { RequestedUrl = url, Failure = new FetchFailure(code, message) };

    private static string Chain(List<string> redirects, Uri last) => string.Join(" → ", redirects.Append(last.AbsoluteUri));

    /// <summary>" (after 3 attempts)" when a request was retried: said by fetch failures and by the documents of HTTP errors alike.</summary>
    public static string Tries(int attempts) => attempts > 1 ? $" (after {attempts} attempts)" : "";

    internal static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
            e = e.InnerException;
        return e;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    public void Dispose() => _http.Dispose();
}
