namespace Extractor.Pipeline;

/// <summary>What a stage needs on the article before it runs, and what it adds. The pipeline checks the order at start-up.</summary>
[Flags]
public enum Capability
{
    None = 0,
    /// <summary>The input as the source delivered it; every article starts with it.</summary>
    Input = 1 << 0,
    /// <summary><c>Article.Markup</c>: the decoded document.</summary>
    Markup = 1 << 1,
    /// <summary><c>Article.Dom</c> for HTML input.</summary>
    Dom = 1 << 2,
    /// <summary><c>Article.Text</c>, final: offsets of every later annotation point into it.</summary>
    Text = 1 << 3,
    /// <summary>Title, published date and the other metadata fields.</summary>
    Metadata = 1 << 4,
    Sentences = 1 << 5,
    Tokens = 1 << 6,
    Dates = 1 << 7,
    /// <summary>Tagged names (<c>Article.Names</c>), people and organizations.</summary>
    Entities = 1 << 8,
    Quotes = 1 << 9,
    Officials = 1 << 10,
    Demands = 1 << 11,
}
