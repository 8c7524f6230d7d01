namespace Extractor.Sources;

/// <summary>Reads an <c>--input-list</c> file lazily: one input per line; blank lines and lines starting with # are skipped.</summary>
public static class InputList
{
    public static IEnumerable<string> Read(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            var input = line.Trim();
            if (input.Length > 0 && !input.StartsWith('#'))
                yield return input;
        }
    }
}
