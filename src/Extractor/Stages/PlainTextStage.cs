using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Sources;

namespace Extractor.Stages;

/// <summary>
/// Plain-text input: the body is the text. A first line <c>date YYYY-MM-DD</c> gives the publication date
/// (unless the input already gave one); words after the date on that line belong to the body.
/// </summary>
public sealed partial class PlainTextStage : IStage
{
    public string Name => "plaintext";
    public Capability Needs => Capability.Markup;
    public Capability Gives => Capability.Text | Capability.Metadata;

    public void Run(Article article, CancellationToken ct)
    {
        if (article.Kind != ContentKind.PlainText)
            return;
        var text = TextNormalizer.Normalize(article.Markup!);
        var dateLine = DateLinePattern().Match(text);
        if (dateLine.Success && DateOnly.TryParseExact(dateLine.Groups[1].Value, "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            if (article.Published is null)
            {
                article.Published = dateLine.Groups[1].Value;
                article.PublishedSource = PublishedSources.DateLine;
            }
            text = text[dateLine.Length..];
        }
        article.Text = text.Trim();
    }

    // "date 2020-06-03" at the very start, then spaces or one line break before the body.
    [GeneratedRegex(@"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?![\d-])[ \t]*\n?", RegexOptions.CultureInvariant)]
    private static partial Regex DateLinePattern();
}
