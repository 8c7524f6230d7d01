using System.Text;

namespace Extractor.Tests.Support;

/// <summary>A folder under the system temp directory, removed when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("extractor-tests-").FullName;

    public string File(string relative, string content) => File(relative, new UTF8Encoding(false).GetBytes(content));

    public string File(string relative, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a reader still open on Windows; the OS cleans temp */ }
    }
}
