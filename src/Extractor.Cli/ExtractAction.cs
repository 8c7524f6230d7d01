using System.CommandLine;
using Extractor.Model;
using Extractor.Output;
using Extractor.Pipeline;
using Extractor.Sources;

namespace Extractor.Cli;

/// <summary>What <c>extractor extract</c> does: validate the settings, wire sources, pipeline and writer, report on stderr.</summary>
public sealed class ExtractAction(CliConsole console)
{
    public async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var inputs = parse.GetValue(ExtractCommand.Inputs) ?? [];
        var inputList = parse.GetValue(ExtractCommand.InputList);
        var format = Enum.Parse<OutputFormat>(parse.GetValue(ExtractCommand.Format)!, ignoreCase: true);
        var output = parse.GetValue(ExtractCommand.Output);

        if (Validate(parse, inputs, inputList, format, output) is { } problem)
            return await UsageErrorAsync(problem);

        var maxBytes = parse.GetValue(ExtractCommand.MaxInputMb) * 1024L * 1024L;
        var sourceOptions = new SourceOptions
        {
            MaxInputBytes = maxBytes,
            Globs = parse.GetValue(ExtractCommand.Glob) ?? [],
            Fetch = FetchCliOptions.From(parse, maxBytes),
            OpenStandardInput = console.OpenIn,
            ExcludedPaths = OutputFiles(output, format),
        };
        var pipelineOptions = new PipelineOptions
        {
            Encoding = parse.GetValue(ExtractCommand.Encoding),
            DocumentTimeout = TimeSpan.FromSeconds(parse.GetValue(ExtractCommand.Timeout)),
            ReferenceDate = ReferenceDate(parse),
            AnyLanguage = parse.GetValue(ExtractCommand.AnyLanguage),
            WithoutModel = parse.GetValue(ExtractCommand.WithoutModel),
        };

        var resume = parse.GetValue(ExtractCommand.Resume);
        var runOptions = new RunOptions
        {
            Parallelism = parse.GetValue(ExtractCommand.Parallel),
            Ordered = parse.GetValue(ExtractCommand.Ordered),
            Shard = parse.GetValue(ExtractCommand.Shard) is { } shard ? Pipeline.Shard.Parse(shard) : null,
        };
        if (resume && output is not null)
        {
            var state = ResumeFile.Prepare(output);
            runOptions = runOptions with { Done = state.Done };
            if (state.TornBytes > 0)
                await console.Error.WriteLineAsync($"extractor: --resume: cut a torn last record ({state.TornBytes} bytes) from {output}; it is done again");
            if (state.UnreadableLines > 0)
                await console.Error.WriteLineAsync($"extractor: --resume: {state.UnreadableLines} line(s) of {output} are not records and were left as they are");
        }

        using var expander = new InputExpander(sourceOptions);
        var pipeline = ExtractionPipeline.CreateDefault(pipelineOptions);
        RunSummary summary;
        await using var progress = console.ErrorIsTerminal && !parse.GetValue(ExtractCommand.Quiet) ? new ProgressLine(console.Error) : null;
        if (progress is not null)
            _ = CountInputsAsync(inputs, inputList, sourceOptions, progress, ct);
        try
        {
            await using var writer = output is null
                ? ArticleWriters.ForStream(format, console.Out, leaveOpen: true)
                : ArticleWriters.ForPath(format, output, append: resume);
            var runner = new ExtractionRunner(pipeline, writer, article =>
            {
                progress?.Count(article);
                if (article.Status != ArticleStatus.Ok)
                {
                    progress?.Clear();
                    ReportProblem(article);
                }
            });
            summary = await runner.RunAsync(expander.EnumerateAsync(AllInputs(inputs, inputList), ct), runOptions, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("extractor: interrupted");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            progress?.Clear();
            var where = output ?? "standard output";
            var why = IsBrokenPipe(e) ? "the program reading it closed it (broken pipe)" : e.Message;
            await console.Error.WriteLineAsync($"extractor: cannot write {where}: {why}; the run stopped");
            return ExitCodes.OutputError;
        }

        if (progress is not null)
            await progress.DisposeAsync();
        if (!parse.GetValue(ExtractCommand.Quiet))
        {
            var skipped = expander.SkippedFiles > 0 ? $"; {expander.SkippedFiles} file(s) in folders skipped (not a supported type or not matching --glob)" : "";
            var records = expander.SkippedRecords > 0 ? $"; {expander.SkippedRecords} WARC record(s) skipped (not article pages)" : "";
            await console.Error.WriteLineAsync($"extractor: {summary}{skipped}{records}");
        }
        if (parse.GetValue(ExtractCommand.Stats))
            await WriteStatsAsync(pipeline.Timings);
        // A pattern that matches nothing is almost always a typo ("*.htm" for .html files): say so, and fail.
        if (sourceOptions.Globs.Count > 0 && expander.FolderFiles == 0 && inputs.Any(Directory.Exists))
        {
            await console.Error.WriteLineAsync($"extractor: --glob {string.Join(" --glob ", sourceOptions.Globs)} matched no file in the folder input(s); " +
                                               "patterns are relative to each folder, e.g. --glob \"**/*.html\"");
            return ExitCodes.SomeDocumentsNotOk;
        }
        return summary.AllOk ? ExitCodes.Ok : ExitCodes.SomeDocumentsNotOk;
    }

    /// <summary>One line per stage: total time, documents it ran on, and its share of all stage time.</summary>
    private async Task WriteStatsAsync(StageTimings timings)
    {
        var rows = timings.Snapshot();
        var total = rows.Sum(r => r.Total.TotalMilliseconds);
        await console.Error.WriteLineAsync("extractor: stage        time (ms)  documents  share");
        foreach (var (stage, time, runs) in rows)
            await console.Error.WriteLineAsync(FormattableString.Invariant($"extractor: {stage,-12} {time.TotalMilliseconds,9:0}  {runs,9}  {(total > 0 ? time.TotalMilliseconds / total : 0),5:P0}"));
    }

    private static string? Validate(ParseResult parse, string[] inputs, FileInfo? inputList, OutputFormat format, string? output)
    {
        if (inputs.Length == 0 && inputList is null)
            return "no input given: name files, folders or URLs, use --input-list FILE, or - for standard input";
        if (inputs.FirstOrDefault(i => i.Length > 1 && i.StartsWith('-')) is { } unknown)
            return $"unknown option '{unknown}' (a file whose name starts with - can be given as ./{unknown})";
        if (inputList is { Exists: false })
            return $"--input-list: no such file: {inputList.FullName}";
        if (output is not null && format != OutputFormat.Csv && Directory.Exists(output))
            return $"--output {output} is a folder; only --format csv writes a folder (articles.csv and mentions.csv)";
        if (parse.GetValue(ExtractCommand.ReferenceDate) is { } day && ReferenceDate(parse) is null)
            return $"--reference-date {day}: expected a day as YYYY-MM-DD";
        if (parse.GetValue(ExtractCommand.Encoding) is { } charset && Decoding.TextDecoder.TryResolve(charset) is null)
            return $"--encoding {charset}: not a charset this tool knows (e.g. utf-8, windows-1252, iso-8859-2, shift_jis, utf-16le)";
        if (parse.GetValue(ExtractCommand.MaxInputMb) <= 0)
            return "--max-input-mb must be a positive number of megabytes";
        if (parse.GetValue(ExtractCommand.Timeout) <= 0)
            return "--timeout must be a positive number of seconds";
        if (FetchCliOptions.Validate(parse) is { } fetchProblem)
            return fetchProblem;
        if (parse.GetValue(ExtractCommand.Parallel) is < 1 or > 256)
            return "--parallel must be between 1 and 256";
        if (parse.GetValue(ExtractCommand.Shard) is { } shard)
        {
            try { Pipeline.Shard.Parse(shard); }
            catch (FormatException e) { return e.Message; }
        }
        if (parse.GetValue(ExtractCommand.Resume) && (format != OutputFormat.Jsonl || output is null))
            return "--resume needs --format jsonl and --output FILE (the file whose records are kept)";
        return null;
    }

    /// <summary>The files this run writes, by their canonical paths, so that a folder input never reads them back.</summary>
    private static HashSet<string> OutputFiles(string? output, OutputFormat format)
    {
        if (output is null)
            return [];
        var names = format == OutputFormat.Csv && (Directory.Exists(output) || Path.EndsInDirectorySeparator(output))
            ? new[] { Path.Combine(output, "articles.csv"), Path.Combine(output, "mentions.csv") }
            : [output];
        // The file may not exist yet: its folder's canonical path and its name are what it will be.
        return names.Select(name => Path.Combine(CanonicalPath.Of(Path.GetDirectoryName(Path.GetFullPath(name))!), Path.GetFileName(name)))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static DateOnly? ReferenceDate(ParseResult parse) =>
        DateOnly.TryParseExact(parse.GetValue(ExtractCommand.ReferenceDate), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var day) ? day : null;

    private static IEnumerable<string> AllInputs(string[] inputs, FileInfo? inputList)
    {
        foreach (var input in inputs)
            yield return input;
        if (inputList is null)
            yield break;
        using var reader = inputList.OpenText();
        foreach (var input in Sources.InputList.Read(reader))
            yield return input;
    }

    /// <summary>
    /// The number of documents, for the progress line's ETA, counted in the background by listing the inputs
    /// again; only when that is cheap (files, folders, URLs), not for JSON Lines, WARC or standard input.
    /// </summary>
    private static async Task CountInputsAsync(string[] inputs, FileInfo? inputList, SourceOptions options, ProgressLine progress, CancellationToken ct)
    {
        var all = AllInputs(inputs, inputList).ToList();
        bool Costly(string input) => input == "-" || ContentKinds.IsJsonRecords(input) || Warc.WarcReader.IsWarc(input)
                                     || (Directory.Exists(input) && Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Any(f => ContentKinds.IsJsonRecords(f) || Warc.WarcReader.IsWarc(f)));
        try
        {
            await Task.Yield();
            if (all.Any(Costly))
                return;
            using var counter = new InputExpander(options);
            long total = 0;
            await foreach (var _ in counter.EnumerateAsync(all, ct))
                total++;
            progress.SetTotal(total);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            // no total: the line shows counts and rate without an ETA
        }
    }

    // EPIPE is 32 on Linux and macOS; .NET puts the errno in the low bits of HResult for Unix I/O errors.
    private static bool IsBrokenPipe(Exception e) => e is IOException && ((e.HResult & 0xFFFF) == 32 || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase));

    private void ReportProblem(Article article)
    {
        if (article.Status == ArticleStatus.Ok)
            return;
        var error = article.Errors.LastOrDefault();
        var why = error is null ? "" : $": {error.Stage}/{error.Code}: {error.Message}";
        console.Error.WriteLine($"extractor: {article.Status}: {article.Source}{why}");
    }

    private async Task<int> UsageErrorAsync(string message)
    {
        await console.Error.WriteLineAsync($"extractor: {message}");
        await console.Error.WriteLineAsync("Run 'extractor extract --help' for usage.");
        return ExitCodes.Usage;
    }
}
