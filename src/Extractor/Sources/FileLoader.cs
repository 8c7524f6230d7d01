using Extractor.Model;

namespace Extractor.Sources;

/// <summary>Reads one file into a <see cref="SourceDocument"/>, refusing files over the size cap before reading them.</summary>
public static class FileLoader
{
    public static async Task<SourceDocument> LoadAsync(string path, SourceOptions options, CancellationToken ct)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return SourceDocument.Failed(path, ErrorCodes.NotFound, $"no such file: {path}");
            if (info.Length > options.MaxInputBytes)
                return SourceDocument.Failed(path, ErrorCodes.TooLarge,
                    $"file is {Sizes.Describe(info.Length)}, over the {Sizes.Describe(options.MaxInputBytes)} limit (--max-input-mb)");
            var bytes = await File.ReadAllBytesAsync(path, ct);
            return new SourceDocument { Source = path, Kind = ContentKinds.FromPath(path), Bytes = bytes };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SourceDocument.Failed(path, ErrorCodes.Unreadable, $"cannot read {path}: {e.Message}");
        }
    }
}
