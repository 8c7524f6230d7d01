using Extractor.Dates;

namespace Extractor.Evaluation;

/// <summary>A document of a temporal-expression test set: its plain text, creation date and gold expressions.</summary>
public sealed record TimexDocument(string Name, string Text, DateOnly? CreationDate, IReadOnlyList<Timex> Gold, int ScoredUntil)
{
    /// <summary>Whether a span lies in the part of the text that the set annotates (MEANTIME: its first sentences).</summary>
    public bool IsScored(Timex timex) => timex.Start < ScoredUntil;
}
