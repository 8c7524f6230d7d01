using Extractor.Fetching;

namespace Extractor.Tests.Support;

/// <summary>Fetch settings for tests against <see cref="LocalHttpServer"/>: 127.0.0.1 allowed, no pauses, short waits.</summary>
public static class LocalFetch
{
    public static FetchOptions Options { get; } = new()
    {
        AllowPrivateAddresses = true,
        HostDelay = TimeSpan.Zero,
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        RequestTimeout = TimeSpan.FromSeconds(5),
    };

    /// <summary>The same as command-line options.</summary>
    public static string[] CliArgs { get; } = ["--allow-private", "--host-delay", "0"];
}
