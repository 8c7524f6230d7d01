using Extractor.Html.Metadata;
using Extractor.Model;
using Extractor.Pipeline;

namespace Extractor.Stages;

/// <summary>
/// HTML input: title, publication date (with where it came from), authors, site name, language and canonical
/// URL from the page. What the input itself gave (a JSON record's title or date) is kept.
/// </summary>
public sealed class MetadataStage(TimeProvider? clock = null) : IStage
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    private const int MaxNameChars = 300;

    public string Name => "metadata";
    public Capability Needs => Capability.Dom;
    public Capability Gives => Capability.Metadata;

    public void Run(Article article, CancellationToken ct)
    {
        if (article.Dom is null)
            return;
        var page = PageMetadataExtractor.Extract(article.Dom, article.Url, _clock.GetUtcNow());
        article.Title ??= page.Title;
        if (article.Published is null && page.Published is not null)
        {
            article.Published = page.Published.Iso;
            article.PublishedSource = page.PublishedSource;
        }
        // A name is a few words: longer values are a page's junk and would bloat every record and CSV row.
        if (article.Authors.Count == 0)
            article.Authors.AddRange(page.Authors.Where(a => a.Length <= MaxNameChars));
        article.SiteName ??= page.SiteName is { Length: <= MaxNameChars } site ? site : null;
        article.Language ??= page.Language;
        article.Url = page.CanonicalUrl ?? article.Url;
    }
}
