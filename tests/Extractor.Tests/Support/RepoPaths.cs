namespace Extractor.Tests.Support;

/// <summary>Finds files of the repository (samples, schema) from the test binaries, wherever the clone is.</summary>
public static class RepoPaths
{
    public static readonly string Root = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Kctv => Path.Combine(Samples, "kctv-2020-06-03.txt");

    public static string Schema => Path.Combine(Root, "schemas", "article.schema.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Extractor.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Extractor.sln not found above " + AppContext.BaseDirectory);
    }
}
