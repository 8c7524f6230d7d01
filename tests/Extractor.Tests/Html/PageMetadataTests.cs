using AngleSharp.Html.Parser;
using Extractor.Html.Metadata;

namespace Extractor.Tests.Html;

public class PageMetadataTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static PageMetadata Extract(string head, string body = "", string? url = null) =>
        PageMetadataExtractor.Extract(new HtmlParser().ParseDocument($"<html lang=\"en_us\"><head>{head}</head><body>{body}</body></html>"), url, Now);

    [Fact]
    public void Json_ld_in_a_graph_gives_headline_date_and_authors()
    {
        var page = Extract("""
            <title>Groups call for chief to resign | KCTV5</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebPage", "name": "KCTV5 page", "datePublished": "2019-01-01"},
              {"@type": ["NewsArticle"], "headline": "Groups call for chief to resign",
               "datePublished": "2020-06-03T10:15:00-05:00",
               "author": [{"@type": "Person", "name": "Angie Ricono"}, {"@type": "Person", "name": "Kaci Jones"}],
               "publisher": {"@type": "Organization", "name": "KCTV5"}},
            ]}
            </script>
            """);
        Assert.Equal("Groups call for chief to resign", page.Title);
        Assert.Equal(("2020-06-03T10:15:00-05:00", "json-ld"), (page.Published!.Iso, page.PublishedSource));
        Assert.Equal(["Angie Ricono", "Kaci Jones"], page.Authors);
        Assert.Equal("KCTV5", page.SiteName);
        Assert.Equal("en-US", page.Language);
    }

    [Fact]
    public void A_broken_json_ld_block_is_skipped_and_meta_tags_take_over()
    {
        var page = Extract("""
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
            <meta property="og:title" content="Council votes to cut budget - City Times">
            <meta property="og:site_name" content="City Times">
            <meta property="article:published_time" content="2024-05-03T15:47:42Z">
            <meta name="author" content="By Jane Doe and John Roe">
            """);
        Assert.Equal("Council votes to cut budget", page.Title);
        Assert.Equal(("2024-05-03T15:47:42+00:00", "meta:article:published_time"), (page.Published!.Iso, page.PublishedSource));
        Assert.Equal(["Jane Doe", "John Roe"], page.Authors);
    }

    [Fact]
    public void Future_and_copyright_dates_lose_to_the_url_date()
    {
        var page = Extract(
            "<meta property=\"article:published_time\" content=\"2031-01-01\"><meta name=\"copyright\" content=\"2024\">",
            "<footer>© 2024</footer>",
            url: "https://example.org/news/2024/05/03/story.html");
        Assert.Equal(("2024-05-03", "url"), (page.Published!.Iso, page.PublishedSource));
    }

    [Fact]
    public void A_time_element_near_the_headline_gives_the_date()
    {
        var page = Extract("", "<article><h1>Story</h1><time datetime=\"2024-04-28T09:00:00+02:00\">28 April</time><p>Text.</p></article>");
        Assert.Equal(("2024-04-28T09:00:00+02:00", "time"), (page.Published!.Iso, page.PublishedSource));
    }

    [Fact]
    public void A_utc_timestamp_gives_way_to_the_same_moment_with_the_page_s_own_offset()
    {
        var page = Extract(
            "<meta property=\"article:published_time\" content=\"2019-10-18T22:04:00Z\">",
            "<article><h1>Story</h1><time datetime=\"2019-10-19T00:04:00+02:00\">19. Oktober</time><p>Text.</p></article>");
        Assert.Equal(("2019-10-19T00:04:00+02:00", "time"), (page.Published!.Iso, page.PublishedSource));
    }

    [Fact]
    public void A_utc_timestamp_stays_when_the_other_dates_are_other_moments()
    {
        var page = Extract(
            "<meta property=\"article:published_time\" content=\"2019-10-18T22:04:00Z\"><meta property=\"article:modified_time\" content=\"2019-10-20T09:00:00+02:00\">",
            "<article><time datetime=\"2019-10-21T08:00:00+02:00\">21. Oktober</time></article>");
        Assert.Equal("2019-10-18T22:04:00+00:00", page.Published!.Iso);
    }

    [Fact]
    public void No_date_at_all_is_null_rather_than_a_guess()
    {
        Assert.Null(Extract("<title>x</title>", "<p>Updated every day. © 2024 The Times.</p>").Published);
    }

    [Fact]
    public void Site_names_roles_urls_and_emails_are_not_authors()
    {
        var page = Extract("""
            <meta property="og:site_name" content="City Times">
            <meta name="author" content="City Times">
            <meta name="author" content="https://www.facebook.com/citytimes">
            <meta name="author" content="Staff">
            <meta name="author" content="desk@citytimes.com">
            """, "<div class=\"byline\">By <a href=\"/a/jd\">Jane Doe</a> and <a href=\"/a/jr\">John Roe</a></div>",
            url: "https://www.citytimes.com/story");
        Assert.Equal(["Jane Doe", "John Roe"], page.Authors);
    }

    [Fact]
    public void The_h1_is_the_title_when_the_title_element_confirms_it()
    {
        var page = Extract("<title>Floods hit the valley – Valley News</title>", "<h1>Floods hit the valley</h1>");
        Assert.Equal("Floods hit the valley", page.Title);
    }

    [Fact]
    public void A_site_label_after_the_json_ld_headline_is_cut_when_other_titles_lack_it()
    {
        var page = Extract("""
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Samsung must destroy phones - Golem.de"}</script>
            """, "<h1>Samsung must destroy phones</h1>");
        Assert.Equal("Samsung must destroy phones", page.Title);
    }

    [Fact]
    public void The_canonical_url_is_made_absolute()
    {
        var page = Extract("<link rel=\"canonical\" href=\"/news/story-1\">", url: "https://example.org/amp/story-1?utm=x");
        Assert.Equal("https://example.org/news/story-1", page.CanonicalUrl);
    }
}
