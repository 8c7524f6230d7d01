using System.Diagnostics;
using System.Globalization;
using Extractor.Bench;
using Extractor.Evaluation;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Sources;
using Extractor.Stages;

// Usage:
//   dotnet run -c Release --project bench/Extractor.Bench -- maintext ../shared/data/article-benchmark [--details N]
//   dotnet run -c Release --project bench/Extractor.Bench -- metadata ../shared/data/article-metadata [--details N]
//   dotnet run -c Release --project bench/Extractor.Bench -- dates ../shared/data/article-benchmark
//   dotnet run -c Release --project bench/Extractor.Bench -- ner ../shared/data/ner/conll2003/test.conll
// Prints main-text F1 (shingle measure), title/date/authors accuracy, and pages per second on one core for
// decode + parse + metadata + main text (pages are decompressed into memory before the clock starts).
// The data lives outside the repository (../shared/data); a path that is not there is said, not thrown.
if (args.Length >= 2 && !File.Exists(args[1]) && !Directory.Exists(args[1]))
{
    Console.Error.WriteLine($"Extractor.Bench: no such file or folder: {Path.GetFullPath(args[1])} (the benchmark data is in ../shared/data; bench/README.md lists what each command reads)");
    return 2;
}
if (args.Length >= 2 && args[0] == "ner")
{
    NerSpeed.Run(args[1]);
    return 0;
}
if (args.Length >= 2 && args[0] == "dates")
{
    DateSpeed.Run(args[1]);
    return 0;
}
if (args.Length < 2 || args[0] is not ("maintext" or "metadata"))
{
    Console.Error.WriteLine("usage: Extractor.Bench maintext|metadata|dates FOLDER [--details N]");
    return 2;
}
if (args.Length >= 4 && args[2] == "--explain")
{
    var set = args[0] == "maintext" ? PageSet.LoadArticleBenchmark(args[1]) : PageSet.LoadArticleMetadata(args[1]);
    Explain.Page(set.Single(p => p.Id.StartsWith(args[3], StringComparison.Ordinal) || p.Id.Contains(args[3], StringComparison.Ordinal)));
    return 0;
}
if (args.Length >= 3 && args[2] == "--titles")
{
    TitleProbe.Run(PageSet.LoadArticleMetadata(args[1]));
    return 0;
}
var details = args.Length >= 4 && args[2] == "--details" ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0;
var pages = args[0] == "maintext" ? PageSet.LoadArticleBenchmark(args[1]) : PageSet.LoadArticleMetadata(args[1]);

var pipeline = new ExtractionPipeline([new DecodeStage(null), new HtmlStage(), new MetadataStage(), new MainTextStage()], new PipelineOptions());
// Warm-up so that JIT time is not counted as extraction time.
foreach (var page in pages.Take(5))
    pipeline.Process(Document(page));

var text = new ShingleScore();
int titles = 0, dates = 0, datePages = 0, authors = 0, empty = 0;
var rows = new List<(double F, string Line)>();
var clock = new Stopwatch();
foreach (var page in pages)
{
    clock.Start();
    var article = pipeline.Process(Document(page));
    clock.Stop();

    var (p, r) = text.Add(article.Text, page.Body);
    if (article.Text.Length == 0)
        empty++;
    var f = double.IsNaN(p) || double.IsNaN(r) || p + r == 0 ? 0 : 2 * p * r / (p + r);
    var notes = $"P={p:0.00} R={r:0.00}" + string.Concat(article.Errors.Select(e => $" [{e.Stage}/{e.Code}: {e.Message}]"));
    if (page.Title is not null)
    {
        var titleOk = MetadataMatch.TitleEqual(article.Title, page.Title);
        titles += titleOk ? 1 : 0;
        if (!titleOk) notes += $" | title '{article.Title}' vs '{page.Title}'";
        if (!page.DateSuspect)
        {
            datePages++;
            var dateOk = MetadataMatch.SameDay(article.Published, page.Published!);
            dates += dateOk ? 1 : 0;
            if (!dateOk) notes += $" | date {article.Published ?? "null"} ({article.PublishedSource}) vs {page.Published}";
        }
        var authorsOk = MetadataMatch.AuthorsEqual(article.Authors, page.Authors!);
        authors += authorsOk ? 1 : 0;
        if (!authorsOk) notes += $" | authors [{string.Join("; ", article.Authors)}] vs [{string.Join("; ", page.Authors!)}]";
    }
    rows.Add((f, $"{f:0.000} {page.Id} {page.Url} {notes}"));
}

var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine($"pages: {pages.Count}, empty text: {empty}");
Console.WriteLine($"main text: precision {text.Precision:0.0000}, recall {text.Recall:0.0000}, F1 {text.F1:0.0000}");
if (args[0] == "metadata")
{
    Console.WriteLine($"title strict: {(double)titles / pages.Count:0.0000} ({titles}/{pages.Count})");
    Console.WriteLine($"published day: {(double)dates / datePages:0.0000} ({dates}/{datePages})");
    Console.WriteLine($"authors exact set: {(double)authors / pages.Count:0.0000} ({authors}/{pages.Count})");
}
Console.WriteLine($"speed: {pages.Count / seconds:0.0} pages/s on one thread ({seconds * 1000 / pages.Count:0.0} ms/page)");
foreach (var (stage, total, runs) in pipeline.Timings.Snapshot())
    Console.WriteLine($"  {stage}: {total.TotalMilliseconds / Math.Max(1, runs):0.00} ms/page");
foreach (var row in rows.OrderBy(r => r.F).Take(details))
    Console.WriteLine(row.Line);
return 0;

static SourceDocument Document(BenchPage page) =>
    new() { Source = page.Id, Url = page.Url, Kind = ContentKind.Html, Bytes = page.Html };
