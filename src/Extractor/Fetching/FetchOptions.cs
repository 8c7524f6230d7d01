namespace Extractor.Fetching;

/// <summary>How URLs are fetched: politeness, limits and retries. Immutable; change with <c>with { ... }</c>.</summary>
public sealed record FetchOptions
{
    public string UserAgent { get; init; } = "Extractor/0.1 (+https://github.com/extractor; news-research tool)";

    /// <summary>The product token robots.txt groups are matched against.</summary>
    public string RobotsAgent { get; init; } = "Extractor";

    /// <summary>Time for one request, from sending it to the last byte of the body.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest body read (after decompression, so a gzip bomb stops here too).</summary>
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Retries after 429, 5xx, a timeout or a dropped connection; each waits longer (or what Retry-After asks).</summary>
    public int Retries { get; init; } = 3;

    /// <summary>The longest wait before a retry; a Retry-After asking for more ends the retries.</summary>
    public TimeSpan MaxRetryWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The first retry's wait; later ones double, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests at once to one host.</summary>
    public int HostConcurrency { get; init; } = 1;

    /// <summary>Pause between two requests to one host.</summary>
    public TimeSpan HostDelay { get; init; } = TimeSpan.FromSeconds(1);

    public bool ObeyRobots { get; init; } = true;

    /// <summary>Whether loopback, private, link-local and other non-public addresses may be fetched (tests; an intranet).</summary>
    public bool AllowPrivateAddresses { get; init; }

    public int MaxRedirects { get; init; } = 10;
}
