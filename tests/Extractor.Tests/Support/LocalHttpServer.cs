using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Extractor.Tests.Support;

/// <summary>
/// An HTTP server on 127.0.0.1 for fetching tests: each path maps to a status, a content type and a body.
/// Tests never touch the internet.
/// </summary>
public sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, (int Status, string ContentType, byte[] Body)> _routes = new();
    private readonly Task _loop;

    public LocalHttpServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public LocalHttpServer Route(string path, int status, string contentType, string body) =>
        Route(path, status, contentType, Encoding.UTF8.GetBytes(body));

    public LocalHttpServer Route(string path, int status, string contentType, byte[] body)
    {
        lock (_routes)
            _routes[path] = (status, contentType, body);
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

            (int Status, string ContentType, byte[] Body) route;
            lock (_routes)
                route = _routes.TryGetValue(context.Request.Url!.AbsolutePath, out var r) ? r : (404, "text/plain", "not found"u8.ToArray());
            context.Response.StatusCode = route.Status;
            context.Response.ContentType = route.ContentType;
            context.Response.ContentLength64 = route.Body.Length;
            await context.Response.OutputStream.WriteAsync(route.Body);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
