using System.Diagnostics;
using Extractor.Fetching;

namespace Extractor.Tests.Fetching;

public class HostGateTests
{
    [Fact]
    public async Task Requests_to_one_host_start_a_delay_apart_and_other_hosts_do_not_wait()
    {
        var gate = new HostGate(concurrency: 3, delay: TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();
        var sameHost = Enumerable.Range(0, 3).Select(async _ =>
        {
            using var lease = await gate.EnterAsync("news.example", CancellationToken.None);
            return clock.Elapsed;
        }).ToList();
        using (await gate.EnterAsync("other.example", CancellationToken.None))
            Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(180), $"another host waited {clock.Elapsed.TotalMilliseconds} ms");
        var granted = await Task.WhenAll(sameHost);
        var order = granted.Order().ToArray();
        for (var k = 1; k < order.Length; k++)
            Assert.True(order[k] >= TimeSpan.FromMilliseconds(200 * k - 20), $"start {k} came at {order[k].TotalMilliseconds} ms");
    }

    [Fact]
    public async Task One_request_at_a_time_by_default()
    {
        var gate = new HostGate(concurrency: 1, delay: TimeSpan.Zero);
        var first = await gate.EnterAsync("news.example", CancellationToken.None);
        var second = gate.EnterAsync("news.example", CancellationToken.None);
        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second).Dispose();
    }
}
