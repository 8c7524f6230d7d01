using System.Collections.Concurrent;

namespace Extractor.Fetching;

/// <summary>
/// robots.txt per origin, fetched once (through the host gate, like any request) and kept for the run. A missing
/// file (4xx) allows everything; an unreachable one (5xx, timeout, no connection) allows nothing, as RFC 9309
/// asks, and says why, so that a host that is down is not reported as one that forbids.
/// </summary>
public sealed class RobotsCache(HttpClient http, HostGate gate, FetchOptions options)
{
    private const int MaxBytes = 512 * 1024;
    private readonly ConcurrentDictionary<string, Lazy<Task<(RobotsRules Rules, FetchFailure? Unreachable)>>> _origins = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the URL may be fetched; <c>Unreachable</c>, when robots.txt could not be read, is the failure to report.</summary>
    public async Task<(bool Allowed, FetchFailure? Unreachable)> AllowsAsync(Uri uri, CancellationToken ct)
    {
        var origin = uri.GetLeftPart(UriPartial.Authority);
        var (rules, unreachable) = await _origins.GetOrAdd(origin, o => new Lazy<Task<(RobotsRules, FetchFailure?)>>(() => LoadAsync(o, uri.Authority))).Value.WaitAsync(ct);
        return (rules.Allows(uri.PathAndQuery), unreachable);
    }

    private static FetchFailure Unreadable(string host, string why, string code = Model.ErrorCodes.FetchFailed) =>
        code == Model.ErrorCodes.PrivateAddress
            ? new(code, why) // the refusal says what helps (--allow-private); --ignore-robots would not
            : new(code, $"cannot read robots.txt of {host} ({why}); a site whose robots.txt cannot be read is not fetched (--ignore-robots to fetch anyway)");

    private async Task<(RobotsRules, FetchFailure?)> LoadAsync(string origin, string host)
    {
        try
        {
            using var lease = await gate.EnterAsync(host, CancellationToken.None);
            using var timeout = new CancellationTokenSource(options.RequestTimeout);
            using var response = await http.GetAsync(origin + "/robots.txt", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (status is >= 400 and < 500)
                return (RobotsRules.AllowAll, (FetchFailure?)null);
            if (status is < 200 or >= 300)
                return (RobotsRules.DisallowAll, Unreadable(host, $"HTTP {status}"));
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            var buffer = new byte[MaxBytes];
            var length = 0;
            int read;
            while (length < MaxBytes && (read = await body.ReadAsync(buffer.AsMemory(length), timeout.Token)) > 0)
                length += read;
            return (RobotsRules.Parse(System.Text.Encoding.UTF8.GetString(buffer, 0, length), options.RobotsAgent), (FetchFailure?)null);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            var inner = Fetcher.Innermost(e);
            return (RobotsRules.DisallowAll, e is OperationCanceledException ? Unreadable(host, $"no answer within {options.RequestTimeout.TotalSeconds:0.#} s")
                : inner is AddressGuard.RefusedException ? Unreadable(host, inner.Message, Model.ErrorCodes.PrivateAddress)
                : Unreadable(host, inner.Message));
        }
    }
}
