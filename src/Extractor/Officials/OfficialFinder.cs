using Extractor.Model;
using Extractor.Ner;
using Extractor.Text;

namespace Extractor.Officials;

/// <summary>
/// People with an office stated in the text, one entry per person: a title before the name ("Jackson County
/// Prosecutor Jean Peters Baker", "Reps. A, B and C"), an apposition after it ("Nikki Haley, the U.S. ambassador
/// to the United Nations,"), or before it ("its president, Choi Dae-zip"). The office's body or jurisdiction is
/// the organization or place named with the title. A person met with several titles keeps the fullest.
/// </summary>
public static class OfficialFinder
{
    public static List<Official> Find(Article article, CancellationToken ct = default)
    {
        var personOf = EntityNames.Of(article, organizations: false);
        var organizationOf = EntityNames.Of(article, people: false);

        var found = new List<(string Person, OfficeMatch Office)>();
        var index = new NameIndex(article.Names);
        foreach (var sentence in article.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            var words = Word.Of(article, sentence);
            var spans = SentenceNames.Place(words, index.Within(sentence.Start, sentence.End));
            var context = new OfficeContext(article, words, spans, organizationOf);
            OfficeMatch? listTitle = null;
            var previousEnd = -1;
            foreach (var span in spans.Where(s => s.Name.Type == "PER"))
            {
                if (!personOf.TryGetValue((span.Name.Start, span.Name.End), out var person) || OfficialTitles.EndingAt(words, span.End).Length > 0)
                    continue; // a "person" ending in a title ("Strategy Officer") is a role the tagger took for a name
                var office = OfficePatterns.Before(context, span) ?? OfficePatterns.After(context, span) ?? OfficePatterns.BeforeComma(context, span);
                if (office is null && listTitle is not null && OfficePatterns.ContinuesList(words, previousEnd, span.First))
                    office = listTitle with { Start = span.Name.Start, End = span.Name.End };
                listTitle = office is { FromPlural: true } || (office is not null && office == listTitle) ? office : null;
                previousEnd = span.End;
                if (office is not null)
                    found.Add((person, office));
            }
        }

        return found
            .GroupBy(f => f.Person)
            .Select(g =>
            {
                var best = g.OrderByDescending(f => f.Office.TitleWords).ThenBy(f => f.Office.Start).First().Office;
                var organization = g.Select(f => f.Office).Where(o => o.Organization is not null)
                    .OrderByDescending(o => o.OrganizationIsBody).ThenBy(o => o.Start).FirstOrDefault()?.Organization;
                return new Official(g.Key, best.Title, organization, best.Start, best.End);
            })
            .OrderBy(o => o.Start)
            .ToList();
    }
}
