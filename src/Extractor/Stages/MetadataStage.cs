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
        if (article.Authors.Count == 0)
            article.Authors.AddRange(page.Authors);
        article.SiteName ??= page.SiteName;
        article.Language ??= page.Language;
        article.Url = page.CanonicalUrl ?? article.Url;
    }
}
