using System.Net;
using System.Net.Sockets;

namespace SalesGraph.IntegrationTests.Infrastructure;

/// <summary>
/// A loopback TCP forwarder in front of the test database, so a test can take "the database" down (the port closes and
/// every open connection drops, as when the server stops) and bring it back on the same port, without touching the
/// server other tests use.
/// </summary>
public sealed class TcpProxy : IDisposable
{
    private readonly IPEndPoint _upstream;
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _stop;

    public TcpProxy(string upstreamHost, int upstreamPort)
    {
        _upstream = new IPEndPoint(Dns.GetHostAddresses(upstreamHost).First(a => a.AddressFamily == AddressFamily.InterNetwork), upstreamPort);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    /// <summary>The loopback port clients connect to.</summary>
    public int Port { get; }

    /// <summary>Starts (or restarts) forwarding on <see cref="Port"/>.</summary>
    public void Start()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener, _stop.Token);
    }

    /// <summary>Closes the port and drops every open connection.</summary>
    public void Stop()
    {
        _stop?.Cancel();
        _listener?.Stop();
        lock (_open)
        {
            foreach (var client in _open)
            {
                // A reset, not a polite close: the app sees its pooled connections die as when the server goes away.
                client.Client?.LingerState = new LingerOption(true, 0);
                client.Dispose();
            }

            _open.Clear();
        }
    }

    public void Dispose()
    {
        Stop();
        _stop?.Dispose();
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(client, cancellationToken);
        }
    }

    private async Task ForwardAsync(TcpClient client, CancellationToken cancellationToken)
    {
        var server = new TcpClient();
        lock (_open)
        {
            _open.Add(client);
            _open.Add(server);
        }

        try
        {
            await server.ConnectAsync(_upstream, cancellationToken);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var up = client.GetStream().CopyToAsync(server.GetStream(), linked.Token);
            var down = server.GetStream().CopyToAsync(client.GetStream(), linked.Token);
            await Task.WhenAny(up, down);
            await linked.CancelAsync();
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The proxy was stopped or a side hung up: both sides are closed below.
        }
        finally
        {
            lock (_open)
            {
                _open.Remove(client);
                _open.Remove(server);
            }

            client.Dispose();
            server.Dispose();
        }
    }
}
