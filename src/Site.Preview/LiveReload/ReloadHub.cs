using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Site.Preview.LiveReload;

/// <summary>Keeps the browsers connected to the preview and sends each of them the events of the rebuilds (Server-Sent Events).</summary>
public sealed class ReloadHub
{
    private readonly ConcurrentDictionary<Guid, Channel<ReloadEvent>> _clients = new();

    /// <summary>The last event sent, given to a browser that connects later (so that an error overlay shows on open).</summary>
    public ReloadEvent? Last { get; private set; }

    public int Clients => _clients.Count;

    public void Publish(ReloadEvent reloadEvent)
    {
        Last = reloadEvent;
        foreach (var client in _clients.Values)
        {
            client.Writer.TryWrite(reloadEvent);
        }
    }

    public (Guid Id, ChannelReader<ReloadEvent> Events) Connect()
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<ReloadEvent>();
        _clients[id] = channel;
        return (id, channel.Reader);
    }

    public void Disconnect(Guid id)
    {
        if (_clients.TryRemove(id, out var channel))
        {
            channel.Writer.TryComplete();
        }
    }
}
