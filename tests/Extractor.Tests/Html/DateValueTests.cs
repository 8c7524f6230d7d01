using Extractor.Html.Metadata;

namespace Extractor.Tests.Html;

public class DateValueTests
{
    [Theory]
    [InlineData("2020-06-03", "2020-06-03", false)]
    [InlineData("2020-06-03T10:15:00-05:00", "2020-06-03T10:15:00-05:00", true)]
    [InlineData("2024-05-03T15:47:42.389Z", "2024-05-03T15:47:42+00:00", true)]
    [InlineData("2025-11-08T08:24:00+0000", "2025-11-08T08:24:00+00:00", true)]
    [InlineData("2024-04-25 04:21:02", "2024-04-25T04:21:02", true)]
    [InlineData("20200603", "2020-06-03", false)]
    [InlineData("1762590240000", "2025-11-08T08:24:00+00:00", true)]
    [InlineData("03.06.2020", "2020-06-03", false)]
    [InlineData("Wed, 03 Jun 2020 14:05:00 GMT", "2020-06-03T14:05:00+00:00", true)]
    [InlineData("June 3, 2020", "2020-06-03", false)]
    public void Parses_the_forms_pages_use(string text, string iso, bool hasTime)
    {
        var value = DateValue.Parse(text);
        Assert.NotNull(value);
        Assert.Equal((iso, hasTime), (value.Iso, value.HasTime));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2020-13-45")]
    [InlineData("2019-02-29")]
    [InlineData("© 2020")]
    public void Refuses_what_is_not_a_day(string text)
    {
        Assert.Null(DateValue.Parse(text));
    }

    [Fact]
    public void A_date_after_the_fetch_time_or_before_the_web_is_implausible()
    {
        var now = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.True(DateValue.Parse("2024-05-01")!.IsPlausible(now));
        Assert.False(DateValue.Parse("2024-05-04")!.IsPlausible(now));
        Assert.False(DateValue.Parse("1970-01-01")!.IsPlausible(now));
    }
}
