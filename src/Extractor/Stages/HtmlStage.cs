using AngleSharp.Html.Parser;
using Extractor.Html;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Sources;

namespace Extractor.Stages;

/// <summary>HTML input: parses the page once with AngleSharp, within <see cref="MarkupBounds"/>, and keeps the DOM on the article for the stages after it.</summary>
public sealed class HtmlStage : IStage
{
    // One parser per thread: creating one costs a browsing context, and AngleSharp does not promise that a
    // parser may serve several threads at once.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    public string Name => "html";
    public Capability Needs => Capability.Markup;
    public Capability Gives => Capability.Dom;

    public void Run(Article article, CancellationToken ct)
    {
        if (article.Kind != ContentKind.Html)
            return;
        var (markup, changes) = MarkupBounds.Apply(article.Markup!, ct);
        if (changes.Any)
            article.Errors.Add(new ExtractionError(Name, ErrorCodes.MarkupFlattened,
                $"the page is larger than is parsed as given: {changes.Describe(article.Markup!.Length)}; status stays ok"));
        ct.ThrowIfCancellationRequested();
        article.Dom = Parser.Value!.ParseDocument(markup);
    }
}
