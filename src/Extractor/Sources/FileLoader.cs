using Extractor.Model;

namespace Extractor.Sources;

/// <summary>
/// Reads one file into a <see cref="SourceDocument"/>, refusing files over the size cap before reading them;
/// a gzipped file is decompressed, and refused as soon as it inflates past the cap.
/// </summary>
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
            var bytes = Gzip.IsCompressed(path) ? await ReadCompressedAsync(path, options, ct) : await File.ReadAllBytesAsync(path, ct);
            if (bytes is null)
                return SourceDocument.Failed(path, ErrorCodes.TooLarge,
                    $"file inflates to over the {Sizes.Describe(options.MaxInputBytes)} limit (--max-input-mb)");
            return new SourceDocument { Source = path, Kind = ContentKinds.FromPath(path), Bytes = bytes };
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // FileInfo.Exists is true for a link whose target is gone; reading it then finds nothing.
            var link = new FileInfo(path).LinkTarget;
            return SourceDocument.Failed(path, ErrorCodes.NotFound, link is null ? $"no such file: {path}" : $"a link to a missing file: {path} -> {link}");
        }
        catch (InvalidDataException e)
        {
            return SourceDocument.Failed(path, ErrorCodes.Unreadable, $"cannot read {path}: not a valid or complete gzip file ({e.Message})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SourceDocument.Failed(path, ErrorCodes.Unreadable, $"cannot read {path}: {e.Message}");
        }
    }

    private static async Task<byte[]?> ReadCompressedAsync(string path, SourceOptions options, CancellationToken ct)
    {
        byte[]? bytes;
        await using (var stream = Gzip.OpenRead(path))
            bytes = await Sizes.ReadCappedAsync(stream, options.MaxInputBytes, ct);
        if (bytes is not null && !Gzip.EndsWhole(path, bytes))
            throw new InvalidDataException($"it ends early: {Sizes.Describe(bytes.LongLength)} inflated, and the file does not end with the trailer of a whole gzip member");
        return bytes;
    }
}
