namespace Extractor.Cli;

/// <summary>The process's streams, passed in so that tests can run the whole CLI in-process.</summary>
public sealed record CliConsole(Stream Out, TextWriter Error, Func<Stream> OpenIn)
{
    /// <summary>Whether stderr is a terminal a person watches: only then is a live progress line drawn.</summary>
    public bool ErrorIsTerminal { get; init; }

    public static CliConsole System() =>
        new(OpenStandardOutput(), Console.Error, Console.OpenStandardInput) { ErrorIsTerminal = !Console.IsErrorRedirected };

    /// <summary>
    /// Standard output as a plain file stream on descriptor 1. .NET's console stream drops writes to a closed
    /// pipe without a word, so <c>extract archive/ | head -1</c> went on through the whole archive; a file stream
    /// fails with "broken pipe", and the run stops (exit 3).
    /// </summary>
    private static Stream OpenStandardOutput()
    {
        if (OperatingSystem.IsWindows())
            return Console.OpenStandardOutput();
        try
        {
            return new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return Console.OpenStandardOutput(); // descriptor 1 closed or unusable: nothing better to write to
        }
    }
}
