using System.Reflection;

namespace Extractor.Text;

/// <summary>Reads the word lists embedded from src/Extractor/Resources: one entry per line, # starts a comment line.</summary>
internal static class ResourceText
{
    /// <summary>A two-column word list (kind, value) grouped by kind.</summary>
    public static ILookup<string, string> ByKind(string name) => Lines(name)
        .Select(line => line.Split('\t'))
        .Where(parts => parts.Length >= 2)
        .ToLookup(parts => parts[0], parts => parts[1]);

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
