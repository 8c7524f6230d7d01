namespace Extractor.Dates;

/// <summary>The TimeML types of temporal expressions. Only dates become <c>dates</c> in the output.</summary>
public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>
/// A temporal expression in a text: its span (UTF-16 offsets, end exclusive) and its TimeML value, e.g.
/// 2020-06-03, 2020-06, 2020, 2013-W12, 2012-SU, 2009-Q4, 199 (the 1990s), PRESENT_REF, P5Y; null when the
/// expression needs a reference date that is missing.
/// </summary>
public sealed record Timex(int Start, int End, TimexType Type, string? Value);
