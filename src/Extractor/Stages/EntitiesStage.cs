using Extractor.Model;
using Extractor.Ner;
using Extractor.Pipeline;

namespace Extractor.Stages;

/// <summary>People and organizations: the shipped NER model tags names, the entity builder merges their mentions.</summary>
public sealed class EntitiesStage(NerModel model) : IEnglishOnlyStage
{
    public string Name => "entities";
    public Capability Needs => Capability.Text | Capability.Sentences | Capability.Tokens;
    public Capability Gives => Capability.Entities;

    public void Run(Article article, CancellationToken ct)
    {
        var spans = NameCorrections.Apply(ArticleTagger.Tag(model, article, ct), article.AnalysisText, model.NameTypes, ct);
        var (people, organizations) = EntityBuilder.Build(spans, article.AnalysisText, model.NameTypes);
        ct.ThrowIfCancellationRequested();
        // The builder may decide that a tagged "person" is an organization; later stages see the decided type.
        // A "person" that became neither a person nor an organization was judged a place ("Charlotte").
        var organizationMentions = organizations.SelectMany(o => o.Mentions).Select(m => (m.Start, m.End)).ToHashSet();
        var personMentions = people.SelectMany(p => p.Mentions).Select(m => (m.Start, m.End)).ToHashSet();
        article.Names.AddRange(spans.Select(s => s.Type != "PER" ? s
            : organizationMentions.Contains((s.Start, s.End)) ? s with { Type = "ORG" }
            : personMentions.Contains((s.Start, s.End)) ? s
            : s with { Type = "LOC" }));
        article.People.AddRange(people);
        article.Organizations.AddRange(organizations);
    }
}
