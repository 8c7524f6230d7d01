using System.CommandLine;
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

    /// <summary>The part asked for, null for all; a malformed value is reported and <paramref name="ok"/> is false.</summary>
    public static Shard? Part(ParseResult parse, Option<string?> option, CliConsole console, out bool ok)
    {
        ok = true;
        if (parse.GetValue(option) is not { } text)
            return null;
        try
        {
            return Shard.Parse(text);
        }
        catch (FormatException e)
        {
            console.Error.WriteLine($"extractor: --part: {e.Message.Replace("--shard ", "")}");
            ok = false;
            return null;
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
