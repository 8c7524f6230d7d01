using System.Runtime.InteropServices;

namespace Extractor.Cli;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM cancel the run's token instead of killing the process, so that what is written is
/// whole (the last record flushed, the summary printed). The exit code then says which signal ended the run, as
/// shells report it: 130 for SIGINT, 143 for SIGTERM (a batch system's "stop").
/// </summary>
public sealed class TerminationSignals : IDisposable
{
    public const int TerminatedExitCode = 143;

    private readonly CancellationTokenSource _cancel = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private volatile bool _terminated;

    public TerminationSignals()
    {
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle));
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle));
    }

    public CancellationToken Token => _cancel.Token;

    /// <summary>The exit code to return: an interrupted run's 130 becomes 143 when SIGTERM was the cause.</summary>
    public int ExitCode(int code) => code == ExitCodes.Cancelled && _terminated ? TerminatedExitCode : code;

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true; // keep the process: the run stops itself at its next check of the token
        if (context.Signal == PosixSignal.SIGTERM)
            _terminated = true;
        _cancel.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
            registration.Dispose();
        _cancel.Dispose();
    }
}
