using System.Globalization;
using Extractor.Dates;
using Extractor.Model;
using Extractor.Pipeline;

namespace Extractor.Stages;

/// <summary>An article without a publication date takes the one its dateline states ("June 3, 2020 (Reuters) -").</summary>
public sealed class DatelineStage(DateOnly? reference = null) : IStage
{
    public string Name => "dateline";
    public Capability Needs => Capability.Text;
    public Capability Gives => Capability.Metadata;

    public void Run(Article article, CancellationToken ct)
    {
        if (article.Published is not null || Dateline.DateOf(article.Text, reference) is not { } day)
            return;
        article.Published = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        article.PublishedSource = PublishedSources.Dateline;
    }
}
