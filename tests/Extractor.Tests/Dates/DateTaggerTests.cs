using Extractor.Dates;
using Extractor.Model;

namespace Extractor.Tests.Dates;

public class DateTaggerTests
{
    private static readonly DateOnly Wednesday = new(2020, 6, 3);

    /// <summary>The dates of the contract that a sentence yields, as (text, value) pairs.</summary>
    private static List<(string Text, string? Value)> Dates(string text, DateOnly? reference) =>
        DateTagger.Tag(text, reference)
            .Select(t => DateMentions.From(t, text))
            .OfType<DateMention>()
            .Select(d => (d.Text, d.Value))
            .ToList();

    [Theory]
    [InlineData("It happened on June 3, 2020.", "June 3, 2020", "2020-06-03")]
    [InlineData("It happened on Jun. 3 in the city.", "Jun. 3", "2020-06-03")]
    [InlineData("It happened on 3 June 2020 in the city.", "3 June 2020", "2020-06-03")]
    [InlineData("The form is dated 6/3/2020 at the top.", "6/3/2020", "2020-06-03")]
    [InlineData("The log says 2020-06-03 at the top.", "2020-06-03", "2020-06-03")]
    [InlineData("Sales fell in June 2020 across the state.", "June 2020", "2020-06")]
    [InlineData("The chief was appointed in 2017.", "2017", "2017")]
    [InlineData("The attacks of 9/11 changed the city.", "9/11", "2001-09-11")]
    [InlineData("Trade resumes on Friday, June 5, 2020.", "Friday, June 5, 2020", "2020-06-05")]
    public void Absolute_dates(string sentence, string text, string value)
    {
        Assert.Equal([(text, value)], Dates(sentence, Wednesday));
    }

    [Theory]
    [InlineData("The group met today.", "2020-06-03")]
    [InlineData("The group met yesterday.", "2020-06-02")]
    [InlineData("The group met on Wednesday.", "2020-06-03")]
    [InlineData("The group met last Friday.", "2020-05-29")]
    [InlineData("The group met on Monday.", "2020-06-01")]
    [InlineData("The group will meet on Friday.", "2020-06-05")]
    [InlineData("The group will meet next month.", "2020-07")]
    [InlineData("The group met last year.", "2019")]
    [InlineData("The group met two days ago.", "2020-06-01")]
    [InlineData("The group met earlier this month.", "2020-06")]
    [InlineData("The group plans a march this spring.", "2020")]
    [InlineData("The council met Monday morning.", "2020-06-01")]
    [InlineData("Stores stay closed until Sunday.", "2020-06-07")]
    public void Relative_dates_resolve_against_the_publication_date(string sentence, string value)
    {
        Assert.Equal(value, Assert.Single(Dates(sentence, Wednesday)).Value);
    }

    [Theory]
    [InlineData("The vote was held on June 3.", "2019-06-03")]
    [InlineData("The vote will be held on June 3.", "2020-06-03")]
    [InlineData("The vote is on June 3.", "2020-06-03")]
    [InlineData("The budget was cut last June.", "2019-06")]
    [InlineData("The report was published in December.", "2019-12")]
    public void Partial_dates_take_the_year_that_tense_and_distance_suggest(string sentence, string value)
    {
        var inMarch = new DateOnly(2020, 3, 15);
        Assert.Equal(value, Assert.Single(Dates(sentence, inMarch)).Value);
    }

    [Theory]
    [InlineData("The hearing is in Room 2020 of the courthouse.")]
    [InlineData("The fine was $2,017 in total.")]
    [InlineData("The fine was $2017 in total.")]
    [InlineData("Drive along Route 66 to the city.")]
    [InlineData("The measure won 3/4 of the vote.")]
    [InlineData("Call 816-555-2020 for details.")]
    [InlineData("Call (816) 555 2020 for details.")]
    [InlineData("More than 2000 people marched.")]
    [InlineData("The strike lasted three years.")]
    [InlineData("The board meets every Monday.")]
    [InlineData("Prices rose 2020% in a decade.")]
    [InlineData("They may march to the hall and may sit down.")]
    public void Nonsense_never_becomes_a_date(string sentence)
    {
        Assert.Empty(Dates(sentence, Wednesday));
    }

    [Fact]
    public void A_decade_is_not_a_day()
    {
        Assert.Empty(Dates("Crime fell in the 1990s and the '80s.", Wednesday));
        var decade = Assert.Single(DateTagger.Tag("Crime fell in the 1990s.", Wednesday));
        Assert.Equal("199", decade.Value);
    }

    [Fact]
    public void Durations_and_sets_are_found_as_what_they_are()
    {
        var timexes = DateTagger.Tag("The two-week-old strike, held every Monday, ended.", Wednesday);
        Assert.Contains(timexes, t => t.Type == TimexType.Duration && t.Value == "P2W");
        Assert.Contains(timexes, t => t.Type == TimexType.Set);
        Assert.DoesNotContain(timexes, t => t.Type == TimexType.Date);
    }

    [Fact]
    public void Without_an_anchor_relative_dates_keep_a_null_value_and_absolute_ones_keep_theirs()
    {
        Assert.Equal([("Tuesday", null), ("22 March", null), ("June 3, 2020", "2020-06-03"), ("2017", "2017")],
            Dates("Workers walked out on Tuesday and 22 March, and again on June 3, 2020, as in 2017.", null));
    }

    [Fact]
    public void Offsets_point_at_the_expression()
    {
        const string text = "KCPD Chief Rick Smith was appointed in 2017.";
        var timex = Assert.Single(DateTagger.Tag(text, Wednesday));
        Assert.Equal("2017", text[timex.Start..timex.End]);
    }

    [Fact]
    public void Year_ranges_give_both_years()
    {
        Assert.Equal(["2009", "2010"], Dates("The pandemic of 2009-2010 spread fast.", Wednesday).Select(d => d.Value));
    }

    [Fact]
    public void A_dateline_gives_the_publication_day()
    {
        Assert.Equal(new DateOnly(2016, 9, 22), Dateline.DateOf("WASHINGTON, Sept. 22, 2016 (Reuters) — Lawmakers met.", null));
        Assert.Equal(new DateOnly(2020, 6, 3), Dateline.DateOf("June 3 (Reuters) - Groups called for change.", new DateOnly(2020, 6, 10)));
        Assert.Null(Dateline.DateOf("KANSAS CITY, MO (KCTV) – Local groups are asking.", null));
        Assert.Null(Dateline.DateOf("The group met on June 3, 2020 and then - later - again.", null));
    }

    [Theory]
    [InlineData("By the end of the month the money runs out.", "the end of the month", "2020-06")]
    [InlineData("At the start of the year the council met.", "the start of the year", "2020")]
    [InlineData("In the middle of the year prices rose.", "middle of the year", "2020")]
    public void The_end_or_start_of_the_month_or_year_is_the_storys_own(string sentence, string text, string value)
    {
        Assert.Equal([(text, value)], Dates(sentence, Wednesday));
    }

    [Theory]
    [InlineData("By the end of the year 1848 the revolt was over.", "1848")]
    [InlineData("It ended a year-long strike.", null)]
    public void A_year_named_after_it_or_a_compound_is_not_the_storys_year(string sentence, string? year)
    {
        Assert.Equal(year is null ? [] : [(year, year)], Dates(sentence, Wednesday).Select(d => (d.Text, d.Value)).ToList());
    }
}
