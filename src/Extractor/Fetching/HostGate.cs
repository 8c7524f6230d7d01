using System.Collections.Concurrent;
using System.Diagnostics;

namespace Extractor.Fetching;

/// <summary>
/// Politeness per host: at most N requests at once to one host, and a pause between the start of one request and
/// the next. Workers fetching other hosts are not held up.
/// </summary>
public sealed class HostGate(int concurrency, TimeSpan delay)
{
    private sealed class Host(int concurrency)
    {
        public SemaphoreSlim Slots { get; } = new(concurrency);
        public long NextStart;
        public readonly Lock Lock = new();
    }

    private readonly ConcurrentDictionary<string, Host> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(string host, CancellationToken ct)
    {
        var state = _hosts.GetOrAdd(host, _ => new Host(Math.Max(1, concurrency)));
        await state.Slots.WaitAsync(ct);
        try
        {
            TimeSpan wait;
            lock (state.Lock)
            {
                var now = Stopwatch.GetTimestamp();
                var start = Math.Max(now, state.NextStart);
                state.NextStart = start + (long)(delay.TotalSeconds * Stopwatch.Frequency);
                wait = Stopwatch.GetElapsedTime(now, start);
            }
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, ct);
            return new Lease(state.Slots);
        }
        catch
        {
            state.Slots.Release();
            throw;
        }
    }

    private sealed class Lease(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                slots.Release();
        }
    }
}
