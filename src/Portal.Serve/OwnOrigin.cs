using Microsoft.AspNetCore.Http;

namespace Portal.Serve;

/// <summary>
/// Who may talk to the preview server. Every request must name the server itself in <c>Host</c>
/// (<c>127.0.0.1:PORT</c> or <c>localhost:PORT</c>, the port the request came in on): a page on a host name
/// rebound to 127.0.0.1 (DNS rebinding) sends its own name and is refused. A request that changes anything (every
/// method but GET and HEAD) must also come from a page of this server: its <c>Origin</c> must be the server's own,
/// present, and <c>Sec-Fetch-Site</c>, when the browser sends it, must say <c>same-origin</c>. A page elsewhere
/// (<c>fetch(…, {mode: 'no-cors'})</c>, a form) sends its own origin, and a request with none is not a browser
/// tab's and is refused too.
/// </summary>
internal static class OwnOrigin
{
    /// <summary>Whether <c>Host</c> is one of the server's own names with the port the request came in on.</summary>
    public static bool IsOwnHost(HttpContext context) =>
        context.Request.Headers.Host is [{ } host] && Hosts(context.Connection.LocalPort).Contains(host, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the request comes from a page of this server.</summary>
    public static bool IsFromOwnPage(HttpContext context)
    {
        var site = context.Request.Headers["Sec-Fetch-Site"];
        return context.Request.Headers.Origin is [{ } origin]
            && Hosts(context.Connection.LocalPort).Any(host => string.Equals(origin, "http://" + host, StringComparison.OrdinalIgnoreCase))
            && (site.Count == 0 || site is ["same-origin"]);
    }

    /// <summary>The names the server is reached by: it listens on 127.0.0.1 only. Browsers leave port 80 out.</summary>
    private static IEnumerable<string> Hosts(int port)
    {
        foreach (var name in (string[])["127.0.0.1", "localhost"])
        {
            yield return $"{name}:{port}";
            if (port == 80)
            {
                yield return name;
            }
        }
    }
}
