using Extractor.Model;
using Extractor.Tests.Support;

namespace Extractor.Tests.Demands;

/// <summary>Demands through the whole pipeline: cue patterns, actor and target resolution, what is not a demand.</summary>
public class DemandTests
{
    private static List<Demand> Demands(string text) => Articles.FromText(text).Demands;

    [Fact]
    public void The_kctv_demands_have_actor_target_and_action()
    {
        var article = Articles.FromText(File.ReadAllText(RepoPaths.Kctv), "kctv.txt");
        Assert.Equal(2, article.Demands.Count);
        var groups = article.Demands[0];
        Assert.Equal(("Rick Smith", "resign"), (groups.Target, groups.Action));
        Assert.Contains("NAACP", groups.Actor);
        Assert.Contains("Urban League", groups.Actor);
        var petition = article.Demands[1];
        Assert.Null(petition.Actor); // a petition of unknown origin
        Assert.Equal(("Rick Smith", "resign"), (petition.Target, petition.Action));
        Assert.Equal(petition.Text, article.Text[petition.Start..petition.End]);
    }

    [Fact]
    public void Call_on_urge_and_demand_patterns()
    {
        var demands = Demands(
            "The Sierra Club called on Gov. Gavin Newsom to halt new drilling permits. " +
            "Teachers in Denver urged the school board to raise salaries before the strike. " +
            "The Chicago Teachers Union demanded the immediate release of the audit.");
        Assert.Equal(3, demands.Count);
        Assert.Equal(("Sierra Club", "Gavin Newsom", "stop"), (demands[0].Actor, demands[0].Target, demands[0].Action));
        Assert.Equal(("the school board", "raise"), (demands[1].Target, demands[1].Action));
        Assert.Equal("Chicago Teachers Union", demands[2].Actor);
        Assert.Equal("release", demands[2].Action);
    }

    [Fact]
    public void Pronouns_and_group_nouns_resolve_to_the_named_actor()
    {
        var demands = Demands(
            "Members of the Fresno Tenants Union marched to City Hall on Monday. " +
            "The group is calling for a freeze on rents. " +
            "Mayor Jerry Dyer met them. They asked him to sign an emergency order.");
        Assert.Equal(2, demands.Count);
        Assert.All(demands, d => Assert.Equal("Fresno Tenants Union", d.Actor));
        Assert.Equal("Jerry Dyer", demands[1].Target);
    }

    [Fact]
    public void Reported_should_is_a_demand_but_hindsight_and_advice_are_not()
    {
        var demands = Demands(
            "Senator Maria Cantwell told reporters that Boeing should replace its board. " +
            "She said the airline should have acted sooner. " +
            "Experts say you should check your tires before long trips.");
        var demand = Assert.Single(demands);
        Assert.Equal(("Maria Cantwell", "Boeing"), (demand.Actor, demand.Target));
    }

    [Fact]
    public void A_time_phrase_before_the_subject_is_not_the_actor_and_hindsight_stays_out()
    {
        var demands = Demands(
            "Last week the Sunrise Movement called for a ban on new pipelines. " +
            "Critics said the bridge should not have been built so close to the river.");
        var demand = Assert.Single(demands);
        Assert.Equal("Sunrise Movement", demand.Actor);
        Assert.Equal("ban", demand.Action);
    }

    [Fact]
    public void Negated_calls_pledges_own_acts_and_things_are_not_demands()
    {
        var demands = Demands(
            "The union did not call for a strike on Friday. " +
            "The board called a special meeting for Tuesday. " +
            "Officials will push for more funding next year. " +
            "The recipe calls for three cups of flour. " +
            "Reporters asked the company for comment.");
        Assert.Empty(demands);
    }

    [Fact]
    public void A_demand_inside_a_quote_is_the_speakers()
    {
        var demands = Demands("“We want the city council to restore the library budget this year,” said Angela Ruiz, who leads the Friends of the Library.");
        var demand = Assert.Single(demands);
        Assert.Equal("Angela Ruiz", demand.Actor);
        Assert.Equal("restore", demand.Action);
    }

    [Fact]
    public void A_described_group_and_a_named_actor_with_the_same_demand_are_one()
    {
        var demands = Demands(
            "Local activists are asking for the resignation of Sheriff Tom Brady. " +
            "The ACLU of Ohio is calling for Sheriff Tom Brady to resign.");
        var demand = Assert.Single(demands);
        Assert.Equal(("ACLU of Ohio", "Tom Brady", "resign"), (demand.Actor, demand.Target, demand.Action));
    }

    [Fact]
    public void Asking_someone_for_something_and_a_participle_after_said()
    {
        var demands = Demands(
            "The British embassy in Tehran asked the Iranian government for an explanation. " +
            "The economists said, calling for higher fuel taxes, that emissions would keep rising.");
        Assert.Equal(2, demands.Count);
        Assert.Equal(("the Iranian government", "explain"), (demands[0].Target, demands[0].Action));
        Assert.Equal("an explanation", demands[0].Text);
        Assert.Equal("The economists", demands[1].Actor);
    }

    [Fact]
    public void A_cue_used_as_a_noun_after_a_preposition_is_no_demand()
    {
        Assert.Empty(Demands("Senators praised the new members for building coalitions and pushing for compromise in the chamber."));
    }

    [Fact]
    public void A_closing_attribution_is_not_part_of_the_demand()
    {
        var demand = Assert.Single(Demands("Carlos Mendez asked the county prosecutor not to charge his brother, Davis said."));
        Assert.Equal("the county prosecutor not to charge his brother", demand.Text);
    }
}

public class DemandWordTests
{
    [Fact]
    public void No_word_is_neither_capitalized_nor_an_agent()
    {
        Assert.False(default(Extractor.Text.Word).IsCapitalized);
        Assert.False(default(Extractor.Text.Word).IsLowerWord);
        Assert.False(Extractor.Demands.DemandCues.IsAgent(default));
    }
}
