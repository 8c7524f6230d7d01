using System.CommandLine;
using Extractor.Fetching;
using Extractor.Sources;
using Extractor.Warc;

namespace Extractor.Cli;

/// <summary><c>extractor fetch URL... --warc OUT.warc.gz</c>: fetch politely and store the raw responses for offline extraction.</summary>
public static class FetchCommand
{
    public static readonly Argument<string[]> Urls = new("URL")
    {
        Description = "http(s) URLs to fetch.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static readonly Option<string> Warc = new("--warc")
    {
        Description = "The WARC file to write (.warc.gz: one gzip member per record). E.g. --warc crawl.warc.gz",
        Required = true,
        HelpName = "FILE",
    };

    public static readonly Option<int> Parallel = new("--parallel", "-p")
    {
        Description = "URLs fetched at once (each host still gets --host-concurrency requests at a time). E.g. --parallel 8",
        DefaultValueFactory = _ => 8,
        HelpName = "N",
    };

    public static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "Do not print the summary line at the end; failures are still reported on stderr. E.g. -q",
    };

    public static Command Create(CliConsole console)
    {
        var command = new Command("fetch",
            "Fetch URLs politely (robots.txt, per-host pauses, retries) and store every HTTP response in a WARC file, " +
            "so that extraction can be rerun offline with 'extractor extract FILE.warc.gz'.\n" +
            "Responses of every status are stored (a 404 or 403 reads back as the same error); URLs that got no response " +
            "(timeouts, refused connections, robots.txt) are reported on stderr and not stored.\n" +
            "Exit codes: 0 every URL got a response, 1 some did not, 2 usage error, 3 the WARC file could not be written.\n\n" +
            "Examples:\n" +
            "  extractor fetch https://example.org/a.html https://example.org/b.html --warc crawl.warc.gz\n" +
            "  extractor fetch -i urls.txt --warc crawl.warc.gz --host-delay 2")
        {
            // The input list and the size cap mean what they mean for extract: the same options.
            Urls, ExtractCommand.InputList, Warc, Parallel, ExtractCommand.MaxInputMb, Quiet,
        };
        FetchCliOptions.AddTo(command);
        command.SetAction((parse, ct) => RunAsync(console, parse, ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, ParseResult parse, CancellationToken ct)
    {
        var urls = (parse.GetValue(Urls) ?? []).ToList();
        if (urls.FirstOrDefault(u => !UrlLoader.IsUrl(u)) is { } notUrl)
            return await UsageAsync(console, $"not an http(s) URL: {notUrl}");
        // A list is data, often made by another program: a bad line costs that line, named, not the whole list.
        var badLines = 0;
        if (parse.GetValue(ExtractCommand.InputList) is { } list)
        {
            if (!list.Exists)
                return await UsageAsync(console, $"--input-list: no such file: {list.FullName}");
            using var reader = list.OpenText();
            foreach (var (entry, line) in Sources.InputList.ReadNumbered(reader))
            {
                if (UrlLoader.IsUrl(entry))
                    urls.Add(entry);
                else
                {
                    badLines++;
                    await console.Error.WriteLineAsync($"extractor: not fetched: {list.Name} line {line}: not an http(s) URL: {entry}");
                }
            }
        }
        if (urls.Count == 0 && badLines == 0)
            return await UsageAsync(console, "no URL given: name URLs or use --input-list FILE");
        if (FetchCliOptions.Validate(parse) is { } problem)
            return await UsageAsync(console, problem);
        if (parse.GetValue(Parallel) is < 1 or > 256)
            return await UsageAsync(console, "--parallel must be between 1 and 256");

        var options = FetchCliOptions.From(parse, parse.GetValue(ExtractCommand.MaxInputMb) * 1024L * 1024L);
        var path = parse.GetValue(Warc)!;
        WarcWriter warc;
        try
        {
            warc = new WarcWriter(path, "Extractor fetch");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"extractor: cannot write {path}: {e.Message}");
            return ExitCodes.OutputError;
        }

        int stored = 0, failed = badLines;
        using (warc)
        using (var fetcher = new Fetcher(options))
        {
            try
            {
                await System.Threading.Tasks.Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = parse.GetValue(Parallel), CancellationToken = ct }, async (url, token) =>
                {
                    var result = await fetcher.FetchAsync(url, token);
                    if (result.HasResponse)
                    {
                        warc.WriteResponse(result);
                        Interlocked.Increment(ref stored);
                    }
                    else
                    {
                        Interlocked.Increment(ref failed);
                        lock (console.Error)
                            console.Error.WriteLine($"extractor: not stored: {url}: {result.Failure!.Code}: {result.Failure.Message}");
                    }
                });
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                await console.Error.WriteLineAsync($"extractor: interrupted; {stored} response(s) stored in {path}");
                return ExitCodes.Cancelled;
            }
            catch (IOException e)
            {
                await console.Error.WriteLineAsync($"extractor: cannot write {path}: {e.Message}");
                return ExitCodes.OutputError;
            }
        }
        if (!parse.GetValue(Quiet))
            await console.Error.WriteLineAsync($"extractor: {urls.Count + badLines} URL(s): {stored} response(s) stored in {path}, {failed} without a response");
        return failed == 0 ? ExitCodes.Ok : ExitCodes.SomeDocumentsNotOk;
    }

    private static async Task<int> UsageAsync(CliConsole console, string message)
    {
        await console.Error.WriteLineAsync($"extractor: {message}");
        await console.Error.WriteLineAsync("Run 'extractor fetch --help' for usage.");
        return ExitCodes.Usage;
    }
}
