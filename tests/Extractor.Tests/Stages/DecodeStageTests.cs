using System.Text;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Sources;
using Extractor.Stages;
using Extractor.Tests.Support;

namespace Extractor.Tests.Stages;

public class DecodeStageTests
{
    private static Article Decode(byte[] bytes, ContentKind kind = ContentKind.Unknown, string? declared = null, string? forced = null)
    {
        var article = new Article(new SourceDocument { Source = "t", Bytes = bytes, Kind = kind, DeclaredCharset = declared });
        new DecodeStage(forced).Run(article, CancellationToken.None);
        return article;
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_text_not_binary()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Zürich council")).ToArray();
        var article = Decode(bytes);
        Assert.Equal("Zürich council", article.Markup);
        Assert.Equal(("utf-16", "bom"), (article.Encoding, article.EncodingSource));
        Assert.Equal(ContentKind.PlainText, article.Kind);
    }

    [Fact]
    public void Html_meta_charset_decides_when_nothing_else_does()
    {
        var html = "<html><head><meta charset=\"iso-8859-1\"><title>x</title></head><body><p>Caf\u00e9 \u201cowners\u201d</p></body></html>";
        var article = Decode(Encoding.GetEncoding(1252).GetBytes(html));
        Assert.Contains("Café “owners”", article.Markup);
        Assert.Equal(("windows-1252", "meta"), (article.Encoding, article.EncodingSource));
        Assert.Equal(ContentKind.Html, article.Kind);
    }

    [Fact]
    public void The_http_charset_wins_over_the_meta_prescan()
    {
        var html = "<meta charset=\"utf-8\"><p>Caf\u00e9</p>";
        var article = Decode(Encoding.Latin1.GetBytes(html), ContentKind.Html, declared: "iso-8859-1");
        Assert.Contains("Café", article.Markup);
        Assert.Equal(("windows-1252", "http"), (article.Encoding, article.EncodingSource));
    }

    [Fact]
    public void An_unknown_forced_charset_fails_clearly()
    {
        var e = Assert.Throws<StageException>(() => Decode("abc"u8.ToArray(), forced: "klingon-8"));
        Assert.Equal(ErrorCodes.UnknownEncoding, e.Code);
        Assert.Contains("klingon-8", e.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "PDF")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "gzip")]
    [InlineData(new byte[] { 0x41, 0x00, 0x00, 0x42, 0x43, 0x00 }, "NUL")] // zeros at even and odd offsets: not UTF-16 text
    public void Binary_content_is_refused_with_what_it_looks_like(byte[] bytes, string what)
    {
        var e = Assert.Throws<StageException>(() => Decode(bytes));
        Assert.Equal(ErrorCodes.Binary, e.Code);
        Assert.Contains(what, e.Message);
    }

    [Fact]
    public void Markup_sniffing_tells_html_from_text_that_mentions_tags()
    {
        Assert.Equal(ContentKind.Html, Decode("\n <!DOCTYPE html><html><body>x</body></html>"u8.ToArray()).Kind);
        Assert.Equal(ContentKind.PlainText, Decode("Use the <b> tag for bold."u8.ToArray()).Kind);
    }

    [Fact]
    public void A_whole_pipeline_run_decodes_html_from_bytes_once()
    {
        var paragraph = "A na\u00efve caf\u00e9 owner \u2013 \u201cwe stay\u201d \u2013 spoke to the council for an hour about the rent.";
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p></body></html>";
        var article = Articles.FromBytes(Encoding.GetEncoding(1252).GetBytes(html));
        Assert.Equal("ok", article.Status);
        Assert.Equal(string.Join("\n", paragraph, paragraph, paragraph), article.Text);
    }
}
