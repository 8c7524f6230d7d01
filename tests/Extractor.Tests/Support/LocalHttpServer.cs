using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Extractor.Tests.Support;

/// <summary>
/// An HTTP server on 127.0.0.1 for fetching tests: each path maps to a fixed response or to a handler that can
/// set headers, stall, or answer differently on each call. Requests are counted per path. Tests never touch
/// the internet.
/// </summary>
public sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerContext, int, Task>> _routes = new();
    private readonly Dictionary<string, int> _hits = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public LocalHttpServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>Cancelled when the server stops, so a stalling handler ends with it.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public int Hits(string path)
    {
        lock (_routes)
            return _hits.GetValueOrDefault(path);
    }

    public LocalHttpServer Route(string path, int status, string contentType, string body) =>
        Route(path, status, contentType, Encoding.UTF8.GetBytes(body));

    public LocalHttpServer Route(string path, int status, string contentType, byte[] body) =>
        Handle(path, async (context, _) =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
        });

    /// <summary>A handler gets the context and how many times the path was asked for before (0 the first time).</summary>
    public LocalHttpServer Handle(string path, Func<HttpListenerContext, int, Task> handler)
    {
        lock (_routes)
            _routes[path] = handler;
        return this;
    }

    /// <summary>A port nothing listens on: bound once to learn a free number, then released.</summary>
    public static int ClosedPort() => FreePort();

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        Func<HttpListenerContext, int, Task>? handler;
        int calls;
        lock (_routes)
        {
            handler = _routes.GetValueOrDefault(path);
            calls = _hits.GetValueOrDefault(path);
            _hits[path] = calls + 1;
        }
        try
        {
            if (handler is null)
            {
                context.Response.StatusCode = 404;
                context.Response.ContentType = "text/plain";
                await context.Response.OutputStream.WriteAsync("not found"u8.ToArray());
            }
            else
            {
                await handler(context, calls);
            }
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException or OperationCanceledException or InvalidOperationException)
        {
            try { context.Response.Abort(); } catch (ObjectDisposedException) { }
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
