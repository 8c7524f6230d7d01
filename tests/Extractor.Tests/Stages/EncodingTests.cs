using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Sources;
using Extractor.Tests.Support;

namespace Extractor.Tests.Stages;

/// <summary>Real pages re-encoded to legacy charsets decode to the same title and text as their UTF-8 originals.</summary>
public partial class EncodingTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    static EncodingTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static string Fixture(string name)
    {
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pages", name)), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Sample(string name) => File.ReadAllText(Path.Combine(RepoPaths.Samples, name), Encoding.UTF8);

    private static Article Run(byte[] bytes, string? httpCharset = null) =>
        Pipeline.Process(new SourceDocument { Source = "page.html", Kind = ContentKind.Html, Bytes = bytes, DeclaredCharset = httpCharset });

    /// <summary>The page with its charset declaration replaced (or removed when <paramref name="charset"/> is null).</summary>
    private static string Declare(string html, string? charset) =>
        CharsetDeclaration().Replace(html, charset is null ? "" : $"<meta charset=\"{charset}\">", 1);

    private static byte[] Encode(string html, string charset) =>
        Encoding.GetEncoding(charset, new NumericReferenceFallback(), DecoderFallback.ReplacementFallback).GetBytes(html);

    [Theory]
    [InlineData("mainichi-jp-2025-01-14.html.gz", "shift_jis")]
    [InlineData("people-cn-2024-04-24.html.gz", "gb2312")]
    public void Cjk_pages_in_legacy_charsets_read_like_the_utf8_page(string fixture, string charset)
    {
        var original = Fixture(fixture);
        var expected = Run(Encoding.UTF8.GetBytes(Declare(original, "utf-8")));
        var legacy = Run(Encode(Declare(original, charset), charset));

        Assert.Equal(ArticleStatus.Ok, expected.Status);
        Assert.True(expected.Text.Length > 200, "the fixture must have article text");
        Assert.Equal(expected.Title, legacy.Title);
        Assert.Equal(expected.Text, legacy.Text);
        Assert.Equal("meta", legacy.EncodingSource);
        Assert.Equal(Encoding.GetEncoding(charset).WebName, legacy.Encoding);
    }

    [Theory]
    [InlineData("voa-2024-04-28-child-care.html", "windows-1252")]
    [InlineData("guardian-2024-02-24-valencia-fire.html", "iso-8859-1")]
    public void Western_pages_in_legacy_charsets_read_like_the_utf8_page(string sample, string charset)
    {
        var original = Sample(sample);
        var expected = Run(Encoding.UTF8.GetBytes(original));
        var legacy = Run(Encode(Declare(original, charset), charset));

        Assert.Equal(ArticleStatus.Ok, expected.Status);
        Assert.Equal(expected.Title, legacy.Title);
        Assert.Equal(expected.Text, legacy.Text);
        Assert.Equal("windows-1252", legacy.Encoding); // WHATWG: iso-8859-1 labels mean windows-1252
    }

    [Fact]
    public void A_real_utf8_page_labelled_gb2312_is_read_as_utf8()
    {
        var original = Fixture("people-cn-2024-04-24.html.gz");
        Assert.Contains("GB2312", original[..2000], StringComparison.OrdinalIgnoreCase);
        var article = Run(Encoding.UTF8.GetBytes(original));
        Assert.Equal(("utf-8", "utf8_check"), (article.Encoding, article.EncodingSource));
        Assert.Contains("习近平", article.Text);
    }

    [Fact]
    public void Utf8_served_with_a_latin1_http_header_is_read_as_utf8()
    {
        var original = Sample("voa-2024-04-28-child-care.html");
        var expected = Run(Encoding.UTF8.GetBytes(original));
        var mislabelled = Run(Encoding.UTF8.GetBytes(Declare(original, null)), httpCharset: "ISO-8859-1");
        Assert.Equal(expected.Text, mislabelled.Text);
        Assert.Equal("utf8_check", mislabelled.EncodingSource);
    }

    [Fact]
    public void An_undeclared_shift_jis_page_is_detected()
    {
        var original = Fixture("mainichi-jp-2025-01-14.html.gz");
        var expected = Run(Encoding.UTF8.GetBytes(original));
        var undeclared = Run(Encode(Declare(original, null), "shift_jis"));
        Assert.Equal("detector", undeclared.EncodingSource);
        Assert.Equal(expected.Text, undeclared.Text);
    }

    [GeneratedRegex(@"<meta[^>]*charset\s*=\s*[""']?[\w-]+[""']?[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetDeclaration();
}
