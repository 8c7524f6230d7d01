namespace Extractor.Cli;

/// <summary>The process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Every document came out with status ok.</summary>
    public const int Ok = 0;

    /// <summary>The run finished, but at least one document is failed, empty or blocked (see its record).</summary>
    public const int SomeDocumentsNotOk = 1;

    /// <summary>The command line was wrong: unknown option or value, no input. Nothing was processed.</summary>
    public const int Usage = 2;

    /// <summary>The output could not be written (disk full, no permission); the run stopped.</summary>
    public const int OutputError = 3;

    /// <summary>A shipped model file exists but cannot be loaded (cut short, corrupt, another version); nothing was processed.</summary>
    public const int ModelError = 4;

    /// <summary>Interrupted (Ctrl-C, SIGINT); what was done is written whole.</summary>
    public const int Cancelled = 130;

    /// <summary>Terminated (SIGTERM, e.g. by a batch system); what was done is written whole.</summary>
    public const int Terminated = TerminationSignals.TerminatedExitCode;
}
