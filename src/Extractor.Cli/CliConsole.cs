namespace Extractor.Cli;

/// <summary>The process's streams, passed in so that tests can run the whole CLI in-process.</summary>
public sealed record CliConsole(Stream Out, TextWriter Error, Func<Stream> OpenIn)
{
    public static CliConsole System() =>
        new(Console.OpenStandardOutput(), Console.Error, Console.OpenStandardInput);
}
