namespace Extractor.Fetching;

/// <summary>Why a fetch produced no usable response: an error code of the contract and a message for people.</summary>
public sealed record FetchFailure(string Code, string Message);

/// <summary>
/// The outcome of fetching one URL: the final response (status, headers as received, body decompressed) after
/// redirects and retries, or the failure. Kept whole so that <c>fetch --warc</c> can store it.
/// </summary>
public sealed record FetchResult
{
    public required string RequestedUrl { get; init; }
    public string? FinalUrl { get; init; }
    public int Status { get; init; }
    public string? Reason { get; init; }
    public Version HttpVersion { get; init; } = new(1, 1);
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
    public byte[]? Body { get; init; }
    public string? MediaType { get; init; }
    public string? Charset { get; init; }
    public IReadOnlyList<string> Redirects { get; init; } = [];
    public int Attempts { get; init; }
    public DateTimeOffset FetchedAt { get; init; } = DateTimeOffset.UtcNow;
    public FetchFailure? Failure { get; init; }

    /// <summary>Why the last answer was not retried although it could have been: the wait its Retry-After asked for.</summary>
    public string? NotRetried { get; init; }

    public bool HasResponse => Failure is null && Status > 0;
}
