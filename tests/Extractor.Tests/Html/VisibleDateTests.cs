using AngleSharp.Html.Parser;
using Extractor.Html.Metadata;

namespace Extractor.Tests.Html;

public class VisibleDateTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static string? Day(string body, string lang = "en") =>
        VisibleDate.OnPage(new HtmlParser().ParseDocument($"<html lang=\"{lang}\"><body>{body}</body></html>"), Now)?.Iso;

    [Theory]
    [InlineData("Posted on September 21, 2020 by Adi", "2020-09-21")]
    [InlineData("Sept. 3rd, 2019", "2019-09-03")]
    [InlineData("Dienstag, 4. Juni 2019", "2019-06-04")]
    [InlineData("le 9 décembre 2019 à 09h08", "2019-12-09")]
    [InlineData("19 de octubre de 2019", "2019-10-19")]
    [InlineData("3 ottobre 2019", "2019-10-03")]
    [InlineData("12 października 2020", "2020-10-12")]
    [InlineData("Stand: 07.11.2023, 07:30 Uhr", "2023-11-07")]
    [InlineData("2021-03-16 16:16", "2021-03-16")]
    public void Dates_in_many_languages_and_forms_are_read(string text, string day)
    {
        Assert.Equal(day, VisibleDate.In(text, monthFirst: false, Now)?.Iso);
    }

    [Fact]
    public void Slashed_dates_are_month_first_only_on_us_pages_unless_a_number_decides()
    {
        Assert.Equal("2019-11-10", VisibleDate.In("10/11/2019", monthFirst: false, Now)?.Iso);
        Assert.Equal("2019-10-11", VisibleDate.In("10/11/2019", monthFirst: true, Now)?.Iso);
        Assert.Equal("2019-10-25", VisibleDate.In("10/25/2019", monthFirst: false, Now)?.Iso);
    }

    [Fact]
    public void A_date_marked_element_is_read_and_comments_are_not()
    {
        Assert.Equal("2020-09-21", Day("<div class=\"comments\"><span class=\"date\">May 1, 2021</span></div><h1>Items</h1><div class=\"post-date\">September 21, 2020</div>"));
    }

    [Fact]
    public void The_text_after_the_headline_is_read_when_nothing_is_marked()
    {
        Assert.Equal("2015-03-13", Day("<p>Menu</p><h1>Surveillance laws</h1><p>Staff writer</p><p>March 13, 2015 9:00PM</p><p>The story.</p>"));
    }

    [Fact]
    public void The_article_headline_is_used_not_a_site_logo_in_an_h1()
    {
        Assert.Equal("2020-10-13", Day("<header><h1>News.az</h1><p>Menu</p><p>Politics</p></header><article><h1>Counteroffensive</h1><ul class=\"nav meta\"><li><a href=\"/t\">13 Oct 2020 18:29</a></li></ul><p>Story.</p></article>"));
    }

    [Fact]
    public void The_opening_text_gives_the_date_when_nothing_else_does_but_not_the_navigation_or_footer()
    {
        Assert.Equal("2022-01-20", Day("<nav><p>Archiv 01.01.2021</p></nav><div><p>Pressemitteilung vom 20.01.2022</p><p>Text.</p></div><footer>© 02.02.2023</footer>"));
        Assert.Null(Day("<nav><p>Archiv 01.01.2021</p></nav><div><p>Text ohne Datum.</p></div><footer>Stand 02.02.2023</footer>"));
    }

    [Fact]
    public void Future_dates_and_no_date_give_nothing()
    {
        Assert.Null(Day("<h1>Story</h1><p class=\"date\">June 5, 2031</p>"));
        Assert.Null(Day("<h1>Story</h1><p>No date here at all.</p>"));
    }
}
