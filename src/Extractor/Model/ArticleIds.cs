using System.Security.Cryptography;
using System.Text;

namespace Extractor.Model;

/// <summary>Stable identifiers and digests: the same source always gives the same article_id.</summary>
public static class ArticleIds
{
    /// <summary>The first 16 hex digits (64 bits) of the SHA-256 of the source's identity (see <see cref="Sources.SourceDocument.Key"/>).</summary>
    public static string FromSource(string source) => Sha256Hex(source)[..16];

    public static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
