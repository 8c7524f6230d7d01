using System.Diagnostics;
using System.Globalization;
using Extractor.Model;

namespace Extractor.Cli;

/// <summary>
/// A live status line on stderr while a batch runs (documents, rate, ok/failed/empty/blocked, ETA when the total
/// is known), redrawn twice a second in place and erased at the end. Drawn only when stderr is a terminal and
/// --quiet is off; pipes and log files get only the final summary line.
/// </summary>
public sealed class ProgressLine : IAsyncDisposable
{
    private readonly TextWriter _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _done, _ok, _failed, _empty, _blocked;
    private long _total = -1;
    private int _width;
    private int _disposed;

    public ProgressLine(TextWriter error)
    {
        _error = error;
        _loop = Task.Run(DrawLoopAsync);
    }

    /// <summary>The number of documents the run will have, once known.</summary>
    public void SetTotal(long total) => Interlocked.Exchange(ref _total, total);

    public void Count(Article article)
    {
        Interlocked.Increment(ref _done);
        switch (article.Status)
        {
            case ArticleStatus.Ok: Interlocked.Increment(ref _ok); break;
            case ArticleStatus.Empty: Interlocked.Increment(ref _empty); break;
            case ArticleStatus.Blocked: Interlocked.Increment(ref _blocked); break;
            default: Interlocked.Increment(ref _failed); break;
        }
    }

    /// <summary>Clears the line, so that a message about one document starts on a clean line.</summary>
    public void Clear()
    {
        lock (_error)
        {
            if (_width > 0)
                _error.Write("\r" + new string(' ', _width) + "\r");
            _width = 0;
        }
    }

    public string Text()
    {
        var done = Volatile.Read(ref _done);
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var rate = done / seconds;
        var total = Interlocked.Read(ref _total);
        var eta = total > 0 && rate > 0 && done < total ? $" · ETA {TimeSpan.FromSeconds((total - done) / rate):hh\\:mm\\:ss}" : "";
        var of = total > 0 ? $"/{total.ToString("N0", CultureInfo.InvariantCulture)}" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"extractor: {done:N0}{of} documents · {rate:0.0}/s · {_ok:N0} ok · {_failed:N0} failed · {_empty:N0} empty · {_blocked:N0} blocked{eta}");
    }

    private async Task DrawLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(500, _stop.Token);
                var text = Text();
                lock (_error)
                {
                    _error.Write("\r" + text.PadRight(_width));
                    _width = text.Length;
                    _error.Flush();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Stops drawing and erases the line. Safe to call more than once: the run ends it early, before the
    /// summary line, and <c>await using</c> ends it again.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        await _stop.CancelAsync();
        await _loop;
        Clear();
        _stop.Dispose();
    }
}
