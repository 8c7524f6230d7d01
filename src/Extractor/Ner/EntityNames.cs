using Extractor.Model;

namespace Extractor.Ner;

/// <summary>Each name mention's entity name: the fullest form of its person or organization, keyed by the mention's offsets.</summary>
public static class EntityNames
{
    public static Dictionary<(int, int), string> Of(Article article, bool people = true, bool organizations = true)
    {
        var names = new Dictionary<(int, int), string>();
        if (people)
            foreach (var person in article.People)
                foreach (var mention in person.Mentions)
                    names[(mention.Start, mention.End)] = person.Name;
        if (organizations)
            foreach (var organization in article.Organizations)
                foreach (var mention in organization.Mentions)
                    names[(mention.Start, mention.End)] = organization.Name;
        return names;
    }
}
