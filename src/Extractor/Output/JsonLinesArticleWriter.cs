using System.Buffers;
using System.Text.Json;
using Extractor.Model;

namespace Extractor.Output;

/// <summary>
/// One compact JSON object per line. Each record and its newline go out in one write and are flushed, so a
/// reader downstream of a pipe sees records at once, and a run killed midway leaves at most one torn last
/// line, which <see cref="ResumeFile"/> detects.
/// </summary>
public sealed class JsonLinesArticleWriter : IArticleWriter
{
    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json;

    public JsonLinesArticleWriter(Stream output, bool leaveOpen = false)
    {
        _output = output;
        _leaveOpen = leaveOpen;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = ArticleJson.Compact.Encoder, SkipValidation = true });
    }

    public async ValueTask WriteAsync(Article article, CancellationToken ct)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        ArticleJson.Write(_json, article, indented: false);
        _json.Flush();
        _buffer.Write("\n"u8);
        await _output.WriteAsync(_buffer.WrittenMemory, ct);
        await _output.FlushAsync(ct);
    }

    public async ValueTask CompleteAsync(CancellationToken ct) => await _output.FlushAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _json.DisposeAsync();
        if (!_leaveOpen)
            await _output.DisposeAsync();
    }
}
