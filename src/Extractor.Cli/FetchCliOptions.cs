using System.CommandLine;
using Extractor.Fetching;

namespace Extractor.Cli;

/// <summary>The options of URL fetching, shared by <c>extract</c> and <c>fetch</c>.</summary>
public static class FetchCliOptions
{
    public static readonly Option<double> HttpTimeout = new("--http-timeout")
    {
        Description = "Seconds one request may take, from sending it to the last byte of the body. E.g. --http-timeout 10",
        DefaultValueFactory = _ => 30,
        HelpName = "SECONDS",
    };

    public static readonly Option<string?> UserAgent = new("--user-agent")
    {
        Description = "User-Agent header sent with requests; say who you are. E.g. --user-agent \"MyStudy/1.0 (me@uni.edu)\"",
        HelpName = "TEXT",
    };

    public static readonly Option<int> Retries = new("--retries")
    {
        Description = "Retries after 429, 5xx, a timeout or a dropped connection, waiting longer each time (Retry-After honoured). E.g. --retries 5",
        DefaultValueFactory = _ => 3,
        HelpName = "N",
    };

    public static readonly Option<double> MaxRetryWait = new("--max-retry-wait")
    {
        Description = "Longest wait before a retry, in seconds; a server asking for longer gets no retry. E.g. --max-retry-wait 120",
        DefaultValueFactory = _ => 60,
        HelpName = "SECONDS",
    };

    public static readonly Option<double> HostDelay = new("--host-delay")
    {
        Description = "Seconds between two requests to the same host. E.g. --host-delay 2",
        DefaultValueFactory = _ => 1,
        HelpName = "SECONDS",
    };

    public static readonly Option<int> HostConcurrency = new("--host-concurrency")
    {
        Description = "Requests at once to the same host. E.g. --host-concurrency 2",
        DefaultValueFactory = _ => 1,
        HelpName = "N",
    };

    public static readonly Option<bool> IgnoreRobots = new("--ignore-robots")
    {
        Description = "Fetch pages that robots.txt disallows (by default they are blocked with robots_disallowed). E.g. --ignore-robots",
    };

    public static readonly Option<bool> AllowPrivate = new("--allow-private")
    {
        Description = "Allow loopback and private-network addresses (refused by default). E.g. --allow-private",
    };

    public static void AddTo(Command command)
    {
        foreach (var option in new Option[] { HttpTimeout, UserAgent, Retries, MaxRetryWait, HostDelay, HostConcurrency, IgnoreRobots, AllowPrivate })
            command.Options.Add(option);
    }

    public static FetchOptions From(ParseResult parse, long maxBytes)
    {
        var options = new FetchOptions
        {
            RequestTimeout = TimeSpan.FromSeconds(parse.GetValue(HttpTimeout)),
            MaxBytes = maxBytes,
            Retries = parse.GetValue(Retries),
            MaxRetryWait = TimeSpan.FromSeconds(parse.GetValue(MaxRetryWait)),
            HostDelay = TimeSpan.FromSeconds(parse.GetValue(HostDelay)),
            HostConcurrency = parse.GetValue(HostConcurrency),
            ObeyRobots = !parse.GetValue(IgnoreRobots),
            AllowPrivateAddresses = parse.GetValue(AllowPrivate),
        };
        return parse.GetValue(UserAgent) is { } agent ? options with { UserAgent = agent } : options;
    }

    public static string? Validate(ParseResult parse)
    {
        if (parse.GetValue(HttpTimeout) <= 0)
            return "--http-timeout must be a positive number of seconds";
        if (parse.GetValue(Retries) is < 0 or > 20)
            return "--retries must be between 0 and 20";
        if (parse.GetValue(MaxRetryWait) < 0 || parse.GetValue(HostDelay) < 0)
            return "--max-retry-wait and --host-delay must not be negative";
        if (parse.GetValue(HostConcurrency) is < 1 or > 64)
            return "--host-concurrency must be between 1 and 64";
        return null;
    }
}
