namespace Extractor.Model;

/// <summary>Values of <c>published_source</c>: where the publication date came from.</summary>
public static class PublishedSources
{
    /// <summary>Given with the input (a JSON Lines field).</summary>
    public const string Input = "input";

    /// <summary>The <c>date YYYY-MM-DD</c> first line of a plain-text article.</summary>
    public const string DateLine = "date_line";

    /// <summary>The dateline at the head of the text ("WASHINGTON, Sept. 22, 2016 (Reuters) -").</summary>
    public const string Dateline = "dateline";
}
