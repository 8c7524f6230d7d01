using Extractor.Text;

namespace Extractor.Training;

/// <summary>
/// Compiles the lexicons (../shared/data/lexicons: .gov organizations, federal agencies, congressional
/// committees, civil-rights groups, members of Congress, official titles) into the tagger's gazetteer:
/// one "TYPE&lt;TAB&gt;tokens" line per phrase, tokenized as articles are.
/// </summary>
public static class GazetteerBuilder
{
    public static List<(string Type, string Phrase)> Build(string lexiconFolder)
    {
        var entries = new HashSet<(string, string)>();
        void Add(string type, string? phrase)
        {
            if (string.IsNullOrWhiteSpace(phrase))
                return;
            var tokens = Tokenizer.Tokenize(phrase).Select(t => phrase[t.Start..t.End]).ToList();
            if (tokens.Count > 0 && tokens.Count <= 12)
                entries.Add((type, string.Join(' ', tokens)));
        }

        foreach (var row in Rows(lexiconFolder, "us_gov_organizations.tsv"))
        {
            Add("ORG", row["name"]);
            if (row["name"].StartsWith("City of ", StringComparison.Ordinal) || row["name"].StartsWith("Town of ", StringComparison.Ordinal))
                Add("LOC", row["name"][8..]);
        }
        foreach (var row in Rows(lexiconFolder, "us_federal_agencies.tsv"))
            Add("ORG", row["name"]);
        foreach (var row in Rows(lexiconFolder, "us_congress_committees.tsv"))
            Add("ORG", row["name"]);
        foreach (var row in Rows(lexiconFolder, "us_civil_rights_orgs.tsv"))
        {
            Add("ORG", row["name"]);
            Add("ORG", row["acronym"]);
        }
        foreach (var row in Rows(lexiconFolder, "us_congress_members.tsv"))
        {
            Add("PER", row["official_full"]);
            Add("FIRST", row["first"]);
            Add("FIRST", row["nickname"]);
            Add("LAST", row["last"]);
        }
        foreach (var row in Rows(lexiconFolder, "us_official_titles.tsv"))
        {
            Add("TITLE", row["title"]);
            foreach (var abbreviation in row["abbreviations"].Split([',', ';'], StringSplitOptions.RemoveEmptyEntries))
                Add("TITLE", abbreviation.Trim());
        }
        foreach (var honorific in new[] { "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sir", "Dame", "Lord", "Lady", "Rev." })
            Add("TITLE", honorific);
        return entries.OrderBy(e => e.Item1, StringComparer.Ordinal).ThenBy(e => e.Item2, StringComparer.Ordinal).ToList();
    }

    public static void Write(IEnumerable<(string Type, string Phrase)> entries, string path)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("# Gazetteer of the NER model, compiled by `extractor train ner --lexicons DIR` from CC0 / public-domain lexicons.");
        foreach (var (type, phrase) in entries)
            writer.WriteLine($"{type}\t{phrase}");
    }

    private static IEnumerable<Dictionary<string, string>> Rows(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
            yield break;
        string[]? header = null;
        foreach (var line in File.ReadLines(path))
        {
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }
            yield return header.Select((name, i) => (name, value: i < cells.Length ? cells[i] : ""))
                .ToDictionary(c => c.name, c => c.value);
        }
    }
}
