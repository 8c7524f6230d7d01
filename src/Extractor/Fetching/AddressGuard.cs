using System.Net;
using System.Net.Sockets;

namespace Extractor.Fetching;

/// <summary>
/// Refuses connections to non-public addresses (loopback, private ranges, link-local, unique-local, multicast,
/// unspecified) unless allowed: a URL list from the web must not reach a machine's own services or an intranet.
/// The check runs on the address actually connected to, so a name that resolves to 127.0.0.1 is caught too.
/// </summary>
public static class AddressGuard
{
    public sealed class RefusedException(string message) : IOException(message);

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
            return false;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal);
        var b = address.GetAddressBytes();
        return !(b[0] == 10 || b[0] == 0 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168)
                 || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) || b[0] >= 224);
    }

    /// <summary>A connect callback for <see cref="SocketsHttpHandler"/> that resolves, checks and connects.</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectCallback(bool allowPrivate) =>
        async (context, ct) =>
        {
            var endpoint = context.DnsEndPoint;
            var addresses = IPAddress.TryParse(endpoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endpoint.Host, ct);
            if (addresses.Length == 0)
                throw new HttpRequestException($"no address for {endpoint.Host}");
            if (!allowPrivate && addresses.FirstOrDefault(a => !IsPublic(a)) is { } blocked)
                throw new RefusedException($"{endpoint.Host} is {blocked}, a private or loopback address (use --allow-private to fetch it)");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, endpoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}
