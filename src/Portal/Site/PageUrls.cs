namespace Portal.Site;

/// <summary>Pretty URLs (docs/architecture.md, "Contracts"): <c>a/b.md</c> is <c>/a/b/</c>, <c>a/index.md</c> is <c>/a/</c>, written as <c>…/index.html</c>.</summary>
public static class PageUrls
{
    public static string FromSourcePath(string relativePath)
    {
        var withoutExtension = relativePath[..^".md".Length];
        if (withoutExtension == "index")
        {
            return "/";
        }

        if (withoutExtension.EndsWith("/index", StringComparison.Ordinal))
        {
            withoutExtension = withoutExtension[..^"/index".Length];
        }

        return $"/{withoutExtension}/";
    }

    /// <summary>The file that serves a URL: <c>/a/</c> is <c>a/index.html</c>; a URL naming a file (<c>/404.html</c>) is that file.</summary>
    public static string OutputPath(string url) =>
        url.EndsWith('/') ? $"{url.TrimStart('/')}index.html" : url.TrimStart('/');

    /// <summary>The URL of the parent section: <c>/a/b/</c> is <c>/a/</c>; the home page has none.</summary>
    public static string? Parent(string url)
    {
        if (url == "/")
        {
            return null;
        }

        var trimmed = url.TrimEnd('/');
        return trimmed[..(trimmed.LastIndexOf('/') + 1)];
    }

    public static string Absolute(string baseUrl, string url) => baseUrl.TrimEnd('/') + EscapePath(url);

    /// <summary>
    /// Percent-encodes a fragment (the part after <c>#</c>): a Thai heading id becomes a valid URL, while the
    /// characters a fragment may hold as they are (<c>page=2</c>, <c>fn:1</c>) stay readable.
    /// </summary>
    public static string EscapeFragment(string fragment)
    {
        var builder = new System.Text.StringBuilder(fragment.Length);
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(fragment))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?".Contains(c, StringComparison.Ordinal))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Percent-encodes each path segment (Thai file names become valid URIs in the sitemap and feed).</summary>
    public static string EscapePath(string url) =>
        string.Join('/', url.Split('/').Select(Uri.EscapeDataString));
}
