using Extractor.Decoding;
using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Sources;

namespace Extractor.Stages;

/// <summary>Bytes to text, once: refuses empty and binary input, decodes (see <see cref="TextDecoder"/>) and decides HTML or plain text.</summary>
public sealed class DecodeStage(string? forcedCharset) : IStage
{
    // A wide charset given by the user (--encoding utf-16le) is text full of zero bytes: no binary sniffing.
    // Decided once for the run, not per document.
    private readonly bool _forcedWide = forcedCharset is not null && TextDecoder.TryResolve(forcedCharset) is { } forced && Utf16Guess.IsWide(forced);

    public string Name => "decode";
    public Capability Needs => Capability.Input;
    public Capability Gives => Capability.Markup;

    public void Run(Article article, CancellationToken ct)
    {
        var input = article.Input;
        string markup;
        if (input.Text is not null)
        {
            markup = input.Text;
            (article.Encoding, article.EncodingSource) = ("utf-8", "json");
        }
        else
        {
            var bytes = input.Bytes ?? [];
            if (bytes.Length == 0)
                throw new StageException(ErrorCodes.EmptyInput, "the input is empty (0 bytes)", ArticleStatus.Empty);
            if (!_forcedWide && BinarySniffer.Describe(bytes) is { } what)
                throw new StageException(ErrorCodes.Binary, $"not a text document: looks like {what}");
            try
            {
                var result = TextDecoder.Decode(bytes, article.Kind != ContentKind.PlainText, forcedCharset, input.DeclaredCharset);
                markup = result.Text;
                (article.Encoding, article.EncodingSource) = (result.EncodingName, result.DecidedBy);
            }
            catch (TextDecoder.DecodeException e)
            {
                throw new StageException(e.Code, e.Message);
            }
        }

        if (string.IsNullOrWhiteSpace(markup))
            throw new StageException(ErrorCodes.EmptyInput, "the input holds only white space", ArticleStatus.Empty);
        if (article.Kind == ContentKind.Unknown)
            article.Kind = LooksLikeHtml(markup) ? ContentKind.Html : ContentKind.PlainText;
        article.Markup = markup;
    }

    /// <summary>Markup starts with a tag and has one of the elements every page has.</summary>
    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        if (head.IsEmpty || head[0] != '<')
            return false;
        foreach (var marker in (ReadOnlySpan<string>)["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p"])
            if (head.Contains(marker, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
