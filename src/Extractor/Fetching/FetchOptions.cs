namespace Extractor.Fetching;

/// <summary>How URLs are fetched: politeness, limits and retries. Immutable; change with <c>with { ... }</c>.</summary>
public sealed record FetchOptions
{
    /// <summary>What the tool says it is; researchers should set their own, with contact details.</summary>
    public string UserAgent { get; init; } = DefaultUserAgent;

    // ToolVersion first: static initializers run in the order they are written.
    /// <summary>The version of this build ("0.2.0"), without the source revision the SDK may append.</summary>
    public static string ToolVersion { get; } =
        (typeof(FetchOptions).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0").Split('+')[0];

    public static string DefaultUserAgent { get; } =
        $"Extractor/{ToolVersion} (news-research tool; the operator can be named with --user-agent)";

    /// <summary>
    /// The product token robots.txt groups are matched against (RFC 9309 §2.2.1): unless set, the User-Agent's
    /// first token without its version, so that "--user-agent MyStudy/1.0 (me@uni.edu)" obeys the group for MyStudy.
    /// </summary>
    public string RobotsAgent
    {
        get => _robotsAgent ?? ProductToken(UserAgent);
        init => _robotsAgent = value;
    }

    private readonly string? _robotsAgent;

    /// <summary>"MyStudy" of "MyStudy/1.0 (me@uni.edu)": the characters before the first '/', space or '('.</summary>
    public static string ProductToken(string userAgent)
    {
        var value = userAgent.Trim();
        var end = value.IndexOfAny(['/', ' ', '(', '\t']);
        return end < 0 ? value : end == 0 ? "" : value[..end];
    }

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
