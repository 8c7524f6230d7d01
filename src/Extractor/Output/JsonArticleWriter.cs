using System.Text;
using Extractor.Model;

namespace Extractor.Output;

/// <summary>
/// Indented JSON: a single object when the run yields one article, an array when it yields several (or none).
/// Only the first article is held back, until the second shows which shape it is; the rest stream.
/// </summary>
public sealed class JsonArticleWriter(Stream output, bool leaveOpen = false) : IArticleWriter
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(false), leaveOpen: true);
    private Article? _held;
    private int _count;

    public async ValueTask WriteAsync(Article article, CancellationToken ct)
    {
        _count++;
        if (_count == 1)
        {
            _held = article;
            return;
        }
        if (_count == 2)
        {
            await _writer.WriteAsync("[\n");
            await WriteElementAsync(_held!, ct);
            _held = null;
        }
        await _writer.WriteAsync(",\n");
        await WriteElementAsync(article, ct);
    }

    public async ValueTask CompleteAsync(CancellationToken ct)
    {
        if (_count == 0)
            await _writer.WriteAsync("[]\n");
        else if (_count == 1)
            await _writer.WriteAsync(ArticleJson.Serialize(_held!, indented: true) + "\n");
        else
            await _writer.WriteAsync("\n]\n");
        await _writer.FlushAsync(ct);
    }

    private async Task WriteElementAsync(Article article, CancellationToken ct)
    {
        await _writer.WriteAsync(ArticleJson.Serialize(article, indented: true));
        await _writer.FlushAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        if (!leaveOpen)
            await output.DisposeAsync();
    }
}
