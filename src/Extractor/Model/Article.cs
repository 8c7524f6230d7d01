using System.Text.Json.Serialization;
using AngleSharp.Html.Dom;
using Extractor.Sources;

namespace Extractor.Model;

/// <summary>
/// The one document object every stage reads and extends. The public properties are the output contract
/// (schema_version 2, see schemas/article.schema.json and CHANGELOG.md); the [JsonIgnore] ones are working state of the
/// pipeline and never leave the process.
/// </summary>
public sealed class Article
{
    public const int CurrentSchemaVersion = 2;

    public Article(SourceDocument input)
    {
        Input = input;
        Source = input.Source;
        ArticleId = input.Id ?? ArticleIds.FromSource(input.Identity);
        Url = input.Url;
        FetchedUrl = input.FetchedUrl;
        Kind = input.Kind;
        Title = input.Title;
        Published = input.Published;
        PublishedSource = input.Published is null ? null : PublishedSources.Input;
    }

    public int SchemaVersion { get; } = CurrentSchemaVersion;
    public string ArticleId { get; }
    public string Source { get; }
    public string? Url { get; set; }

    /// <summary>The address the document was fetched from, after redirects (URL inputs, WARC records); null for files
    /// and JSON records. <see cref="Url"/> may become the page's canonical link; this never changes.</summary>
    public string? FetchedUrl { get; }
    public string Status { get; set; } = ArticleStatus.Ok;
    public List<ExtractionError> Errors { get; } = [];

    public string? Title { get; set; }
    public string? Published { get; set; }
    public string? PublishedSource { get; set; }
    public List<string> Authors { get; } = [];
    public string? SiteName { get; set; }
    public string? Language { get; set; }

    /// <summary>The charset the document was decoded with, e.g. "windows-1252"; null when it was never decoded.</summary>
    public string? Encoding { get; set; }

    /// <summary>How the charset was chosen: option, bom, http, meta, utf8_check, detector, default, fallback, json.</summary>
    public string? EncodingSource { get; set; }
    public string Text { get; set; } = "";
    public string? TextSha256 { get; set; }

    public List<DateMention> Dates { get; } = [];
    public List<Organization> Organizations { get; } = [];
    public List<Person> People { get; } = [];
    public List<Official> Officials { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<Demand> Demands { get; } = [];

    /// <summary>What the source delivered: bytes or text plus what the input said about itself.</summary>
    [JsonIgnore] public SourceDocument Input { get; }

    /// <summary>HTML or plain text; decided by the decode stage when the source could not tell.</summary>
    [JsonIgnore] public ContentKind Kind { get; set; }


    /// <summary>The decoded document (HTML markup or plain text), set once by the decode stage.</summary>
    [JsonIgnore] public string? Markup { get; set; }

    /// <summary>The parsed page when the input is HTML; later stages read metadata from it instead of parsing again.</summary>
    [JsonIgnore] public IHtmlDocument? Dom { get; set; }

    /// <summary>
    /// The part of <see cref="Text"/> the language stages read (sentences to demands): all of it, or its first
    /// <see cref="Pipeline.PipelineOptions.MaxAnalysisChars"/> characters for a text longer than that. A prefix,
    /// so every offset into it is an offset into <see cref="Text"/>.
    /// </summary>
    [JsonIgnore] public string AnalysisText
    {
        get => _analysisText ?? Text;
        set => _analysisText = value;
    }

    private string? _analysisText;

    [JsonIgnore] public List<Sentence> Sentences { get; } = [];

    /// <summary>Every name the tagger found (PER, ORG, LOC, MISC) with offsets; later stages read speakers and actors here.</summary>
    [JsonIgnore] public List<Ner.NamedSpan> Names { get; } = [];
    [JsonIgnore] public List<Token> Tokens { get; } = [];

    /// <summary>True once a stage has marked the document failed, blocked or empty: later stages are skipped.</summary>
    [JsonIgnore] public bool IsFinished => Status != ArticleStatus.Ok;

    public void Fail(string stage, string code, string message, string status = ArticleStatus.Failed)
    {
        Errors.Add(new ExtractionError(stage, code, message));
        Status = status;
    }
}
