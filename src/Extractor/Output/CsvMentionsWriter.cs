using System.Text;
using CsvHelper;
using Extractor.Model;

namespace Extractor.Output;

/// <summary>One CSV file (or stdout): the mentions table with each article's source, title and published repeated.</summary>
public sealed class CsvMentionsWriter : IArticleWriter
{
    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;

    public CsvMentionsWriter(Stream output, bool leaveOpen = false)
    {
        _text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: leaveOpen);
        _csv = CsvTables.CreateWriter(_text);
        CsvTables.WriteHeader(_csv, CsvTables.FlatMentionColumns);
    }

    public async ValueTask WriteAsync(Article article, CancellationToken ct)
    {
        CsvTables.WriteMentions(_csv, article, flat: true);
        await _csv.FlushAsync();
    }

    public async ValueTask CompleteAsync(CancellationToken ct) => await _csv.FlushAsync();

    public async ValueTask DisposeAsync()
    {
        await _csv.DisposeAsync();
        await _text.DisposeAsync();
    }
}
