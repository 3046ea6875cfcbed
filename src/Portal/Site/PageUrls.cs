using System.Text;

namespace Portal.Site;

/// <summary>Pretty URLs (docs/architecture.md, "Contracts"): <c>a/b.md</c> is <c>/a/b/</c>, <c>a/index.md</c> is <c>/a/</c>, written as <c>…/index.html</c>.</summary>
public static class PageUrls
{
    /// <summary>What a fragment holds as it is: ASCII letters and digits, and the punctuation RFC 3986 allows there.</summary>
    private static readonly System.Buffers.SearchValues<char> FragmentCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?");

    private const string HexDigits = "0123456789ABCDEF";

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
        if (!fragment.AsSpan().ContainsAnyExcept(FragmentCharacters))
        {
            return fragment;
        }

        var length = 0;
        foreach (var rune in fragment.EnumerateRunes())
        {
            length += IsFragmentCharacter(rune) ? 1 : 3 * rune.Utf8SequenceLength;
        }

        return string.Create(length, fragment, static (target, source) =>
        {
            Span<byte> bytes = stackalloc byte[4];
            var at = 0;
            foreach (var rune in source.EnumerateRunes())
            {
                if (IsFragmentCharacter(rune))
                {
                    target[at++] = (char)rune.Value;
                    continue;
                }

                foreach (var b in bytes[..rune.EncodeToUtf8(bytes)])
                {
                    target[at++] = '%';
                    target[at++] = HexDigits[b >> 4];
                    target[at++] = HexDigits[b & 0xF];
                }
            }
        });
    }

    private static bool IsFragmentCharacter(Rune rune) => rune.IsAscii && FragmentCharacters.Contains((char)rune.Value);

    /// <summary>Percent-encodes each path segment (Thai file names become valid URIs in the sitemap and feed).</summary>
    public static string EscapePath(string url) =>
        string.Join('/', url.Split('/').Select(Uri.EscapeDataString));
}
