using Extractor.Model;
using Extractor.Pipeline;
using Extractor.Sources;

namespace Extractor.Tests.Support;

/// <summary>Shortcuts to run the default pipeline on content made in a test.</summary>
public static class Articles
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    public static Article FromText(string text, string source = "test.txt") =>
        Pipeline.Process(new SourceDocument { Source = source, Kind = ContentKind.PlainText, Bytes = System.Text.Encoding.UTF8.GetBytes(text) });

    public static Article FromHtml(string html, string source = "test.html") =>
        Pipeline.Process(new SourceDocument { Source = source, Kind = ContentKind.Html, Bytes = System.Text.Encoding.UTF8.GetBytes(html) });

    public static Article FromBytes(byte[] bytes, ContentKind kind = ContentKind.Unknown, string source = "test") =>
        Pipeline.Process(new SourceDocument { Source = source, Kind = kind, Bytes = bytes });
}
