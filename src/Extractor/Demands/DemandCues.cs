using Extractor.Text;

namespace Extractor.Demands;

/// <summary>The cue words of Resources/demand-cues.tsv, by kind (see the file's header).</summary>
public static class DemandCues
{
    private static readonly ILookup<string, string> Words = ResourceText.ByKind("demand-cues.tsv");

    public static readonly HashSet<string> ForVerbs = Set("for-verb");
    public static readonly HashSet<string> OnVerbs = Set("on-verb");
    public static readonly HashSet<string> ObjectVerbs = Set("object-verb");
    public static readonly HashSet<string> ThatVerbs = Set("that-verb");
    public static readonly HashSet<string> NounPhraseVerbs = Set("np-verb");
    public static readonly HashSet<string> ReportVerbs = Set("report-verb");
    public static readonly HashSet<string> Modals = Set("modal");
    public static readonly HashSet<string> TimePhrase = Set("time-phrase");
    public static readonly HashSet<string> Negations = Set("negation");
    public static readonly HashSet<string> Pledges = Set("pledge");
    public static readonly HashSet<string> Causatives = Set("causative");
    public static readonly HashSet<string> Documents = Set("document");
    public static readonly HashSet<string> Groups = Set("group");
    public static readonly HashSet<string> Companies = Set("company");
    public static readonly HashSet<string> VerbGroup = Set("verb-group");
    public static readonly HashSet<string> NotDemands = Set("not-demand");
    public static readonly HashSet<string> Agents = Set("agent");

    private static readonly string[] AgentEndings = ["ers", "ors", "ists", "ians", "ees"];

    /// <summary>Whether a described subject's head noun is people ("some on Twitter", "congressional Republicans"), not a thing ("the recipe").</summary>
    public static bool IsAgent(Text.Word head) =>
        head.Key is not null && Agents.Contains(head.Key) || head.IsCapitalized || (head.Key is not null && AgentEndings.Any(e => head.Key.EndsWith(e, StringComparison.Ordinal)));

    private static HashSet<string> Set(string kind) => new(Words[kind], StringComparer.Ordinal);
}
