using System.CommandLine;

namespace Extractor.Cli;

/// <summary>The definition of <c>extractor extract</c>: arguments, options, help text. The work is in <see cref="ExtractAction"/>.</summary>
public static class ExtractCommand
{
    public static readonly Argument<string[]> Inputs = new("INPUT")
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = "Files (.txt, .html, .htm, .jsonl, .json, each also gzipped as .gz; .warc, .warc.gz), folders (read recursively), http(s) URLs, or - for " +
                      "standard input. E.g. samples/ or https://example.org/story.html",
    };

    public static readonly Option<FileInfo?> InputList = new("--input-list", "-i")
    {
        Description = "Read more inputs from FILE, one per line; blank lines and # comments are skipped. E.g. --input-list urls.txt",
        HelpName = "FILE",
    };

    public static readonly Option<string> Format = new Option<string>("--format", "-f")
    {
        Description = "Output format: json (one object, or an array for several documents), jsonl (one object per " +
                      "line) or csv (the mentions table; with --output DIR/ also articles.csv). E.g. --format jsonl",
        DefaultValueFactory = _ => "json",
        HelpName = "json|jsonl|csv",
    }.AcceptOnlyFromAmong("json", "jsonl", "csv");

    public static readonly Option<string?> Output = new("--output", "-o")
    {
        Description = "Write to FILE instead of standard output; with --format csv, a folder (existing, or ending in /) " +
                      "receives articles.csv and mentions.csv. E.g. --output out.jsonl",
        HelpName = "FILE|DIR",
    };

    public static readonly Option<string[]> Glob = new("--glob")
    {
        Description = "Only take files inside folder inputs that match this pattern, relative to the folder (repeatable; ** crosses folders); " +
                      "a pattern that matches nothing is an error (exit 1). Without it every supported file is taken (.txt, .text, .html, .htm, " +
                      ".jsonl, .ndjson, .json, .warc, each also .gz). E.g. --glob \"**/*.html\"",
        HelpName = "PATTERN",
        AllowMultipleArgumentsPerToken = false,
    };

    public static readonly Option<string?> Encoding = new("--encoding")
    {
        Description = "Decode all byte input (files, pages, standard input; not JSON records, which are text already) with this " +
                      "charset instead of detecting it (byte-order mark, then valid UTF-8, the HTTP charset, <meta>, a detector). " +
                      "An unknown charset is a usage error. E.g. --encoding windows-1252",
        HelpName = "CHARSET",
    };

    public static readonly Option<int> MaxInputMb = new("--max-input-mb")
    {
        Description = "Largest document read, in megabytes; a larger one fails with too_large without being read. E.g. --max-input-mb 50",
        DefaultValueFactory = _ => 20,
        HelpName = "MB",
    };

    public static readonly Option<double> Timeout = new("--timeout")
    {
        Description = "Seconds one document may take through all stages before it fails with timeout. E.g. --timeout 30",
        DefaultValueFactory = _ => 60,
        HelpName = "SECONDS",
    };

    public static readonly Option<string?> ReferenceDate = new("--reference-date")
    {
        Description = "Resolve relative dates (\"last Friday\", \"June 3\") of articles that have no publication date " +
                      "against this day (YYYY-MM-DD); without it their value stays null. E.g. --reference-date 2020-06-03",
        HelpName = "DATE",
    };

    public static readonly Option<bool> AnyLanguage = new("--any-language")
    {
        Description = "Find people, organizations, officials, quotes and demands also in pages that declare a language other than " +
                      "English (the models are English; expect poor results). Without it such pages get a note unsupported_language. E.g. --any-language",
    };

    public static readonly Option<bool> WithoutModel = new("--without-model")
    {
        Description = "Run only the stages that need no model: text, metadata and dates (people, organizations, officials, " +
                      "quotes and demands stay empty). Without it a missing NER model is an error (exit 4). E.g. --without-model",
    };

    public static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "No progress line and no summary line at the end; failed documents are still reported on stderr. E.g. -q",
    };

    public static readonly Option<int> Parallel = new("--parallel", "-p")
    {
        Description = "Documents processed at once (files read and URLs fetched in parallel too). E.g. --parallel 2",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        HelpName = "N",
    };

    public static readonly Option<bool> Ordered = new("--ordered")
    {
        Description = "Write records in input order (otherwise in the order they are done). E.g. --ordered",
    };

    public static readonly Option<string?> Shard = new("--shard")
    {
        Description = "Process only part K of N of the inputs (K from 0), split by a fixed hash of each source, " +
                      "so N machines can share one input list. E.g. --shard 0/4",
        HelpName = "K/N",
    };

    public static readonly Option<bool> Resume = new("--resume")
    {
        Description = "With --format jsonl --output FILE: keep the records already in FILE, skip their documents, " +
                      "append the rest; a torn last line from a killed run is redone. E.g. --resume",
    };

    public static readonly Option<bool> Stats = new("--stats")
    {
        Description = "At the end, print on stderr each stage's total time, documents and share of the run. E.g. --stats",
    };

    public static Command Create(CliConsole console)
    {
        var command = new Command("extract",
            "Extract articles from files, folders, URLs or standard input, and write one record per document.\n" +
            "A document that cannot be read or holds no article gets status failed or empty with its errors, and the batch goes on.\n" +
            "Exit codes: 0 all documents ok, 1 some failed/empty/blocked, 2 usage error, 3 output not writable, 4 NER model " +
            "missing or unreadable, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).\n\n" +
            "Examples:\n" +
            "  extractor extract samples/kctv-2020-06-03.txt\n" +
            "  extractor extract samples --format jsonl --output out.jsonl\n" +
            "  extractor extract samples --format csv --output tables/\n" +
            "  cat articles.jsonl | extractor extract - --format jsonl\n" +
            "  extractor extract crawl.warc.gz --format jsonl --output out.jsonl --resume\n" +
            "  extractor extract archive/ --shard 0/4 --format jsonl --output part-0.jsonl")
        {
            Inputs, InputList, Format, Output, Glob, Encoding, MaxInputMb, Timeout, ReferenceDate, AnyLanguage, WithoutModel, Parallel, Ordered, Shard, Resume, Quiet, Stats,
        };
        FetchCliOptions.AddTo(command);
        command.SetAction((parse, ct) => new ExtractAction(console).RunAsync(parse, ct));
        return command;
    }
}
