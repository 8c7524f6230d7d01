using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Extractor.Model;

namespace Extractor.Output;

/// <summary>Column layouts of the two CSV tables and how one article fills them. Always with a header row.</summary>
public static class CsvTables
{
    public static readonly string[] MentionColumns =
        ["article_id", "kind", "text", "value", "name", "title", "organization", "speaker", "actor", "target", "start", "end"];

    /// <summary>The mentions table with the article's source, title and published repeated: one self-contained file.</summary>
    public static readonly string[] FlatMentionColumns =
        ["article_id", "source", "article_title", "published", .. MentionColumns[1..]];

    public static readonly string[] ArticleColumns =
    [
        "schema_version", "article_id", "source", "url", "status", "errors", "title", "published", "published_source",
        "authors", "site_name", "language", "text_sha256", "text", "fetched_url",
    ];

    public static CsvWriter CreateWriter(TextWriter writer) => new(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
    {
        // A cell such as "=HYPERLINK(...)" from a scraped page must not run as a formula in a spreadsheet.
        InjectionOptions = InjectionOptions.Escape,
    });

    public static void WriteHeader(CsvWriter csv, IEnumerable<string> columns)
    {
        foreach (var column in columns)
            csv.WriteField(column);
        csv.NextRecord();
    }

    public static void WriteMentions(CsvWriter csv, Article article, bool flat)
    {
        foreach (var row in MentionRow.From(article))
        {
            csv.WriteField(article.ArticleId);
            if (flat)
            {
                csv.WriteField(article.Source);
                csv.WriteField(article.Title);
                csv.WriteField(article.Published);
            }
            csv.WriteField(row.Kind);
            csv.WriteField(row.Text);
            csv.WriteField(row.Value);
            csv.WriteField(row.Name);
            csv.WriteField(row.Title);
            csv.WriteField(row.Organization);
            csv.WriteField(row.Speaker);
            csv.WriteField(row.Actor);
            csv.WriteField(row.Target);
            csv.WriteField(row.Start?.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(row.End?.ToString(CultureInfo.InvariantCulture));
            csv.NextRecord();
        }
    }

    public static void WriteArticle(CsvWriter csv, Article article)
    {
        csv.WriteField(article.SchemaVersion.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(article.ArticleId);
        csv.WriteField(article.Source);
        csv.WriteField(article.Url);
        csv.WriteField(article.Status);
        csv.WriteField(string.Join("; ", article.Errors.Select(e => $"{e.Stage}/{e.Code}: {e.Message}")));
        csv.WriteField(article.Title);
        csv.WriteField(article.Published);
        csv.WriteField(article.PublishedSource);
        csv.WriteField(string.Join("; ", article.Authors));
        csv.WriteField(article.SiteName);
        csv.WriteField(article.Language);
        csv.WriteField(article.TextSha256);
        csv.WriteField(article.Text);
        csv.WriteField(article.FetchedUrl);
        csv.NextRecord();
    }
}
