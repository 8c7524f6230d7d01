using System.Text;
using Extractor.Sources;
using Extractor.Tests.Support;

namespace Extractor.Tests.Sources;

public class InputExpanderTests
{
    private static Task<List<SourceDocument>> Expand(SourceOptions options, params string[] inputs) =>
        Expand(new InputExpander(options), inputs);

    private static async Task<List<SourceDocument>> Expand(InputExpander expander, params string[] inputs)
    {
        var list = new List<SourceDocument>();
        await foreach (var doc in expander.ExpandAsync(inputs, CancellationToken.None))
            list.Add(doc);
        return list;
    }

    [Fact]
    public async Task A_file_read_without_the_batch_runner_has_the_runner_s_identity()
    {
        // eval gold and library users load documents with ExpandAsync: their article_id must be extract's.
        using var temp = new TempFolder();
        var file = temp.File("sub/story.txt", "The council met on Monday.");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);

        var doc = Assert.Single(await Expand(new SourceOptions(), relative));

        Assert.Equal(CanonicalPath.Of(file), doc.Identity);
        Assert.Equal(relative, doc.Source);
    }

    [Fact]
    public async Task A_folder_is_read_recursively_in_a_stable_order_with_supported_files_only()
    {
        using var temp = new TempFolder();
        temp.File("b.txt", "b");
        temp.File("a.html", "<p>a</p>");
        temp.File("sub/c.htm", "<p>c</p>");
        temp.File("sub/deeper/d.txt", "d");
        temp.File("notes.md", "not an article");
        temp.File("image.png", [1, 2, 3]);
        var expander = new InputExpander(new SourceOptions());
        var docs = await Expand(expander, temp.Path);
        Assert.Equal(["a.html", "b.txt", "sub/c.htm", "sub/deeper/d.txt"],
            docs.Select(d => Path.GetRelativePath(temp.Path, d.Source)));
        Assert.Equal([ContentKind.Html, ContentKind.PlainText, ContentKind.Html, ContentKind.PlainText], docs.Select(d => d.Kind));
        Assert.Equal(2, expander.SkippedFiles);
    }

    [Fact]
    public async Task Glob_filters_files_inside_folders()
    {
        using var temp = new TempFolder();
        temp.File("a.html", "<p>a</p>");
        temp.File("b.txt", "b");
        temp.File("sub/c.html", "<p>c</p>");
        var docs = await Expand(new SourceOptions { Globs = ["**/*.html"] }, temp.Path);
        Assert.Equal(["a.html", "sub/c.html"], docs.Select(d => Path.GetRelativePath(temp.Path, d.Source)));
    }

    [Fact]
    public async Task Json_file_may_hold_an_array_or_one_pretty_printed_object()
    {
        using var temp = new TempFolder();
        var array = temp.File("many.json", "[{\"text\": \"one\"}, {\"html\": \"<p>two</p>\", \"id\": 7}]");
        var single = temp.File("one.json", "{\n  \"text\": \"only\",\n  \"title\": \"T\"\n}\n");
        var docs = await Expand(new SourceOptions(), array, single);
        Assert.Equal(["one", "<p>two</p>", "only"], docs.Select(d => d.Text));
        Assert.Equal("7", docs[1].Id);
        Assert.Equal("T", docs[2].Title);
        Assert.All(docs, d => Assert.Null(d.LoadError));
    }

    [Fact]
    public async Task Json_records_keep_only_iso_publication_dates()
    {
        using var temp = new TempFolder();
        var path = temp.File("dates.jsonl", "{\"text\": \"a\", \"published\": \"2020-06-03T10:00:00-05:00\"}\n{\"text\": \"b\", \"published\": \"June 3\"}\n");
        var docs = await Expand(new SourceOptions(), path);
        Assert.Equal("2020-06-03T10:00:00-05:00", docs[0].Published);
        Assert.Null(docs[1].Published);
    }

    [Fact]
    public async Task Stdin_with_text_is_one_document()
    {
        var options = new SourceOptions { OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes("date 2020-06-03\nA story.")) };
        var docs = await Expand(options, "-");
        Assert.Single(docs);
        Assert.Equal("-", docs[0].Source);
        Assert.Equal("date 2020-06-03\nA story.", Encoding.UTF8.GetString(docs[0].Bytes!));
    }

    [Fact]
    public async Task Stdin_with_json_lines_streams_records()
    {
        var lines = string.Concat(Enumerable.Range(1, 500).Select(i => $"{{\"id\": \"n{i}\", \"text\": \"{new string('x', 20)} story {i}\"}}\n"));
        var options = new SourceOptions { OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(lines)) };
        var docs = await Expand(options, "-");
        Assert.Equal(500, docs.Count);
        Assert.Equal("n500", docs[^1].Id);
        Assert.Equal("-#L500", docs[^1].Source);
    }

    [Fact]
    public async Task Urls_are_fetched_with_status_kind_and_charset()
    {
        using var server = new LocalHttpServer()
            .Route("/story.html", 200, "text/html; charset=windows-1252", Encoding.Latin1.GetBytes("<p>Caf\u00e9</p>"))
            .Route("/gone", 404, "text/html", "<h1>Not found</h1>")
            .Route("/secret", 403, "text/html", "<h1>Forbidden</h1>");
        var docs = await Expand(new SourceOptions { Fetch = LocalFetch.Options }, server.Url("/story.html"), server.Url("/gone"), server.Url("/secret"));

        Assert.Null(docs[0].LoadError);
        Assert.Equal(ContentKind.Html, docs[0].Kind);
        Assert.Equal("windows-1252", docs[0].DeclaredCharset);
        Assert.Equal(server.Url("/story.html"), docs[0].Url);
        Assert.Equal(("http_error", "HTTP 404 Not Found"), (docs[1].LoadError!.Code, docs[1].LoadError!.Message));
        Assert.Equal("blocked", docs[2].LoadError!.Code);
    }

    [Fact]
    public async Task A_response_over_the_size_cap_is_refused()
    {
        using var server = new LocalHttpServer().Route("/big", 200, "text/html", new byte[3 * 1024 * 1024]);
        var docs = await Expand(new SourceOptions { MaxInputBytes = 1024 * 1024, Fetch = LocalFetch.Options }, server.Url("/big"));
        Assert.Equal("too_large", docs[0].LoadError!.Code);
    }

    [Fact]
    public void Input_lists_skip_blank_lines_and_comments()
    {
        var inputs = InputList.Read(new StringReader("# header\n a.txt \n\nhttps://example.org/x\n#b.txt\n")).ToList();
        Assert.Equal(["a.txt", "https://example.org/x"], inputs);
    }
}
