using Extractor.Model;

namespace Extractor.Pipeline;

/// <summary>An expected, explained failure of one document in one stage: becomes an entry of <c>errors</c>.</summary>
public sealed class StageException(string code, string message, string status = ArticleStatus.Failed) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>The status the document ends with: <c>failed</c>, or <c>empty</c> when there is simply nothing to extract.</summary>
    public string Status { get; } = status;
}
