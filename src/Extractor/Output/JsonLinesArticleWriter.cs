using System.Text.Json;
using Extractor.Model;

namespace Extractor.Output;

/// <summary>One compact JSON object per line, flushed after each, so a reader downstream of a pipe sees records at once.</summary>
public sealed class JsonLinesArticleWriter(Stream output, bool leaveOpen = false) : IArticleWriter
{
    private readonly Utf8JsonWriter _json = new(output, new JsonWriterOptions { Encoder = ArticleJson.Compact.Encoder, SkipValidation = true });

    public async ValueTask WriteAsync(Article article, CancellationToken ct)
    {
        ArticleJson.Write(_json, article, indented: false);
        await _json.FlushAsync(ct);
        _json.Reset();
        output.WriteByte((byte)'\n');
        await output.FlushAsync(ct);
    }

    public async ValueTask CompleteAsync(CancellationToken ct) => await output.FlushAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _json.DisposeAsync();
        if (!leaveOpen)
            await output.DisposeAsync();
    }
}
