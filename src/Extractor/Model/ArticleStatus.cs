namespace Extractor.Model;

/// <summary>The outcome of one document, written as <c>status</c> in the output contract.</summary>
public static class ArticleStatus
{
    /// <summary>Text was extracted and every stage ran.</summary>
    public const string Ok = "ok";

    /// <summary>The document was read but holds no article text (an empty file, a page without content).</summary>
    public const string Empty = "empty";

    /// <summary>The document could not be read or processed; <c>errors</c> says why.</summary>
    public const string Failed = "failed";

    /// <summary>The server refused the request (401/403/451 or a challenge page).</summary>
    public const string Blocked = "blocked";
}
