using Extractor.Ner;

namespace Extractor.Evaluation;

/// <summary>
/// Reads CoNLL-format NER files: one token per line with its tag last, blank lines between sentences.
/// Documents come from -DOCSTART- lines or, for the normalized CoNLL-2003 files, from the FILE.docs.tsv beside
/// them; without either, every sentence is its own document.
/// </summary>
public static class ConllReader
{
    public sealed record LabeledDocument(NerDocument Document, IReadOnlyList<IReadOnlyList<string>> Labels);

    public static List<LabeledDocument> Read(string path)
    {
        var sentences = new List<(List<string> Tokens, List<string> Labels, bool StartsDocument)>();
        var tokens = new List<string>();
        var labels = new List<string>();
        var nextStartsDocument = true;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                nextStartsDocument = true;
                continue;
            }
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            var parts = line.Split(' ', '\t');
            tokens.Add(parts[0]);
            labels.Add(parts[^1]);
        }
        Flush();

        var starts = DocumentStarts(path);
        var documents = new List<LabeledDocument>();
        var current = new List<(List<string>, List<string>)>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var startsDocument = starts is null ? sentences[i].StartsDocument : starts.Contains(i);
            if (startsDocument && current.Count > 0)
            {
                documents.Add(ToDocument(current));
                current = [];
            }
            current.Add((sentences[i].Tokens, sentences[i].Labels));
        }
        if (current.Count > 0)
            documents.Add(ToDocument(current));
        return documents;

        void Flush()
        {
            if (tokens.Count == 0)
                return;
            sentences.Add((tokens, labels, nextStartsDocument));
            tokens = [];
            labels = [];
            nextStartsDocument = false;
        }
    }

    private static LabeledDocument ToDocument(List<(List<string> Tokens, List<string> Labels)> sentences) =>
        new(new NerDocument(sentences.Select(s => (IReadOnlyList<string>)s.Tokens).ToList()),
            sentences.Select(s => (IReadOnlyList<string>)s.Labels).ToList());

    /// <summary>Sentence indices that begin a document, from FILE.docs.tsv (first_sentence column), or null.</summary>
    private static HashSet<int>? DocumentStarts(string path)
    {
        var tsv = Path.ChangeExtension(path, ".docs.tsv");
        if (!File.Exists(tsv))
            return null;
        return File.ReadLines(tsv).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length > 1 && int.TryParse(parts[1], out _))
            .Select(parts => int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet();
    }
}
