namespace Extractor.Model;

/// <summary>A token of the article text; <c>End</c> is exclusive.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Email,
    Handle,
    Hashtag,
}
