namespace Extractor.Sources;

/// <summary>Reads an <c>--input-list</c> file lazily: one input per line; blank lines and lines starting with # are skipped.</summary>
public static class InputList
{
    public static IEnumerable<string> Read(TextReader reader) => ReadNumbered(reader).Select(entry => entry.Input);

    /// <summary>The inputs with their line numbers, for messages that point at a line of the list.</summary>
    public static IEnumerable<(string Input, int Line)> ReadNumbered(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var input = line.Trim();
            if (input.Length > 0 && !input.StartsWith('#'))
                yield return (input, number);
        }
    }
}
