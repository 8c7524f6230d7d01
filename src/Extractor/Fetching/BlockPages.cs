using System.Text;
using Extractor.Text;

namespace Extractor.Fetching;

/// <summary>Recognizes bot-challenge and block pages by the markers of Resources/block-pages.tsv, so they are never extracted as articles.</summary>
public static class BlockPages
{
    private const int MaxPage = 256 * 1024;
    private const int Scanned = 64 * 1024;
    private static readonly string[] Markers = ResourceText.ByKind("block-pages.tsv")["marker"].ToArray();

    /// <summary>The marker found, or null. Large pages are articles with a widget, not challenges.</summary>
    public static string? Marker(byte[]? body)
    {
        if (body is null || body.Length == 0 || body.Length > MaxPage)
            return null;
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, Scanned));
        return Markers.FirstOrDefault(m => head.Contains(m, StringComparison.OrdinalIgnoreCase));
    }
}
