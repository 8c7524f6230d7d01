using System.IO.Compression;
using System.Text;

namespace Extractor.Tests.Support;

/// <summary>Text compressed as a .gz file holds it, for tests of gzipped inputs.</summary>
public static class Gzipped
{
    public static byte[] Of(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }
}
