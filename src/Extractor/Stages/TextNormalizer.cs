namespace Extractor.Stages;

/// <summary>Line endings to \n and no NUL or BOM characters, so that every stage sees one kind of text.</summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (text.Contains('\r'))
            text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (text.Contains('\0') || text.Contains('\uFEFF'))
            text = text.Replace("\0", "").Replace("\uFEFF", "");
        return text;
    }
}
