namespace Extractor.Cli;

/// <summary>The process's streams, passed in so that tests can run the whole CLI in-process.</summary>
public sealed record CliConsole(Stream Out, TextWriter Error, Func<Stream> OpenIn)
{
    /// <summary>Whether stderr is a terminal a person watches: only then is a live progress line drawn.</summary>
    public bool ErrorIsTerminal { get; init; }

    public static CliConsole System() =>
        new(Console.OpenStandardOutput(), Console.Error, Console.OpenStandardInput) { ErrorIsTerminal = !Console.IsErrorRedirected };
}
