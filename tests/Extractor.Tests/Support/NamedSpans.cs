using Extractor.Ner;

namespace Extractor.Tests.Support;

/// <summary>Tagged names made for a test from the text they stand in.</summary>
public static class NamedSpans
{
    /// <summary>The name <paramref name="text"/> as the tagger would give it: type and offsets of its first occurrence at or after <paramref name="from"/>.</summary>
    public static NamedSpan Span(string text, string type, string within, int from = 0)
    {
        var start = within.IndexOf(text, from, StringComparison.Ordinal);
        return new NamedSpan(type, text, start, start + text.Length);
    }
}
