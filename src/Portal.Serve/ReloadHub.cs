using System.Text.Json;
using System.Threading.Channels;
using Portal.Diagnostics;

namespace Portal.Serve;

/// <summary>
/// The open browser tabs, each listening on <c>/_portal/events</c> (server-sent events): a successful
/// build sends <c>reload</c> once its pages are served, and <c>complete</c> once its search index is too
/// (the reload script ignores it; tools wait for it); a build with errors sends <c>status</c> with the error
/// lines for the overlay, and the tab keeps showing the last good page. A tab that connects is told the
/// current status first.
/// </summary>
internal sealed class ReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];
    private string _status = Status([]);
    private bool _closed;

    public int ClientCount
    {
        get
        {
            lock (_gate)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>A new tab: its channel starts with the current status.</summary>
    public ChannelReader<string> Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            channel.Writer.TryWrite(_status);
            if (_closed)
            {
                channel.Writer.TryComplete();
            }
            else
            {
                _clients.Add(channel);
            }
        }

        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<string> reader)
    {
        lock (_gate)
        {
            _clients.RemoveAll(c => c.Reader == reader);
        }
    }

    public void Built(BuildStatus build)
    {
        var errors = build.Errors.Select(TextDiagnosticFormatter.Format).ToList();
        lock (_gate)
        {
            // One lock for both, so a tab that connects meanwhile gets this status and then this message.
            _status = Status(errors);
            Send(build.Succeeded ? $"event: reload\ndata: {build.Number}\n\n" : _status);
        }
    }

    private void Send(string message)
    {
        lock (_gate)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }

    public void Completed(BuildStatus build) => Send($"event: complete\ndata: {build.Number}\n\n");

    /// <summary>Ends every stream, so the server can stop without waiting for tabs to close.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var client in _clients)
            {
                client.Writer.TryComplete();
            }

            _clients.Clear();
        }
    }

    private static string Status(IReadOnlyList<string> errors) => $"event: status\ndata: {JsonSerializer.Serialize(new { errors })}\n\n";
}
