namespace Extractor.Demands;

/// <summary>How the cue verb stands in its clause, which decides where its subject is.</summary>
public enum CueForm
{
    /// <summary>"The groups are calling for …": the subject stands before the verb.</summary>
    Finite,
    /// <summary>"… marched to demand …", "prompted some on Twitter to call for …".</summary>
    Infinitive,
    /// <summary>"A petition … calling for …", "wrote a letter requesting that …": the clause's subject.</summary>
    Participle,
    /// <summary>"Gillibrand told CNN that Trump should resign": the reporting verb's subject.</summary>
    Reported,
}

/// <summary>
/// A call for action found by a pattern, in word indices of its sentence: the cue, what is demanded
/// (<c>TextStart</c>..<c>TextEnd</c>, exclusive), the addressee when the pattern names one, and where the
/// demanded action starts (after "to" / the modal).
/// </summary>
public sealed record DemandCandidate(string Cue, int CueWord, CueForm Form, int TextStart, int TextEnd, int ActionStart, int? AddresseeStart = null, int? AddresseeEnd = null)
{
    public bool NamesAddressee => AddresseeStart is not null;

    /// <summary>The addressee stands outside the demanded text ("asked the government for an explanation").</summary>
    public bool AddresseeIsObject { get; init; }
}
