using System.Reflection;

namespace Extractor.Text;

/// <summary>Reads the word lists embedded from src/Extractor/Resources: one entry per line, # starts a comment line.</summary>
internal static class ResourceText
{
    public static IEnumerable<string> Lines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Extractor.Resources." + name)
                           ?? throw new InvalidOperationException($"embedded resource '{name}' is missing from the build");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
                yield return line;
        }
    }
}
