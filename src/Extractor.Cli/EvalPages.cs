using System.CommandLine;
using System.Text.Json;
using Extractor.Pipeline;
using Extractor.Sources;

namespace Extractor.Cli;

/// <summary>What the evaluations over saved pages share: the --part option and reading a page, gzipped or not.</summary>
public static class EvalPages
{
    public static Option<string?> PartOption() => new("--part")
    {
        Description = "Only part K of N of the pages, by a fixed hash of their name (as --shard splits inputs), to tune on one half and check on the other. E.g. --part 0/2",
        HelpName = "K/N",
    };

    /// <summary>
    /// The set's file, its records and the part asked for (null for all); false, with the reason on stderr, when
    /// the file is missing or not JSON Lines, or the part malformed.
    /// </summary>
    public static bool TryStart(ParseResult parse, Argument<FileInfo> argument, Option<string?> partOption, CliConsole console,
        out FileInfo file, out IReadOnlyList<JsonElement> records, out Shard? part)
    {
        file = parse.GetValue(argument)!;
        records = [];
        part = null;
        if (!file.Exists)
        {
            console.Error.WriteLine($"extractor: no such file: {file.FullName}");
            return false;
        }
        try
        {
            records = JsonLinesFile.Read(file.FullName);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"extractor: {e.Message}");
            return false;
        }
        if (parse.GetValue(partOption) is not { } text)
            return true;
        try
        {
            part = Shard.Parse(text);
            return true;
        }
        catch (FormatException e)
        {
            console.Error.WriteLine($"extractor: --part: {e.Message.Replace("--shard ", "")}");
            return false;
        }
    }

    public static byte[] Read(string path)
    {
        using var stream = Gzip.OpenRead(path);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
