using System.Text;
using CsvHelper;
using Extractor.Model;

namespace Extractor.Output;

/// <summary>A folder with two related tables: <c>articles.csv</c> (one row per article) and <c>mentions.csv</c> (one row per item).</summary>
public sealed class CsvFolderWriter : IArticleWriter
{
    private readonly StreamWriter _articlesText;
    private readonly StreamWriter _mentionsText;
    private readonly CsvWriter _articles;
    private readonly CsvWriter _mentions;

    public CsvFolderWriter(string folder)
    {
        Directory.CreateDirectory(folder);
        _articlesText = new StreamWriter(Path.Combine(folder, "articles.csv"), false, new UTF8Encoding(false));
        _mentionsText = new StreamWriter(Path.Combine(folder, "mentions.csv"), false, new UTF8Encoding(false));
        _articles = CsvTables.CreateWriter(_articlesText);
        _mentions = CsvTables.CreateWriter(_mentionsText);
        CsvTables.WriteHeader(_articles, CsvTables.ArticleColumns);
        CsvTables.WriteHeader(_mentions, CsvTables.MentionColumns);
    }

    public async ValueTask WriteAsync(Article article, CancellationToken ct)
    {
        CsvTables.WriteArticle(_articles, article);
        CsvTables.WriteMentions(_mentions, article, flat: false);
        await _articles.FlushAsync();
        await _mentions.FlushAsync();
    }

    public async ValueTask CompleteAsync(CancellationToken ct)
    {
        await _articles.FlushAsync();
        await _mentions.FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _articles.DisposeAsync();
        await _mentions.DisposeAsync();
        await _articlesText.DisposeAsync();
        await _mentionsText.DisposeAsync();
    }
}
