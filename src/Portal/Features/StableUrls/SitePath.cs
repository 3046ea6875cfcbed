using System.Text;
using Portal.Content;

namespace Portal.Features.StableUrls;

/// <summary>
/// What a redirect's <c>from</c> and <c>to</c> must be: a path on this site that Netlify, a browser and a file system
/// all read as the same address. Netlify decodes a path before matching it, so the path is checked both as written
/// and percent-decoded (<c>%0A</c> is a line break, <c>%2e</c> a dot).
/// </summary>
internal static class SitePath
{
    /// <summary>Netlify's splat and placeholder signs, and what Windows refuses in a folder name (a fallback page is written there).</summary>
    private const string Reserved = "?#\\*:\"<>|";

    /// <summary>The path as Netlify and the site's page URLs hold it: percent-escapes decoded (invalid ones stay as written).</summary>
    public static string Decode(string path) => Uri.UnescapeDataString(path);

    /// <summary>Why <paramref name="path"/> is not a plain site path (Thai, English), or null when it is one.</summary>
    public static (string Thai, string English)? Problem(string path)
    {
        if (!path.StartsWith('/'))
        {
            return ("ต้องเป็นที่อยู่ในเว็บไซต์ที่ขึ้นต้นด้วย / เช่น /old/ita.html", "must be a site path starting with /, e.g. /old/ita.html");
        }

        var decoded = Decode(path);
        foreach (var rune in path.EnumerateRunes().Concat(decoded.EnumerateRunes()))
        {
            if (UrlSchemes.IsInvisible(rune))
            {
                return ($"มีช่องว่าง การขึ้นบรรทัดใหม่ หรืออักขระที่มองไม่เห็น (U+{rune.Value:X4}) ให้ลบออก",
                    $"holds a space, line break or invisible character (U+{rune.Value:X4}); delete it");
            }

            if (rune.IsAscii && Reserved.Contains((char)rune.Value, StringComparison.Ordinal))
            {
                return ($"มีเครื่องหมาย {rune} ซึ่งใช้ในที่อยู่นี้ไม่ได้ (ห้ามใช้ {Reserved})", $"holds {rune}, which this path may not hold (none of {Reserved})");
            }
        }

        var segments = decoded.Split('/');
        if (segments.Any(s => s is "." or ".."))
        {
            return ("มีส่วน . หรือ .. (รวมทั้งแบบ %2e) ซึ่งเบราว์เซอร์ตัดทิ้ง จึงกลายเป็นที่อยู่อื่น ให้เขียนที่อยู่เต็ม",
                "has a . or .. segment (also written %2e), which browsers remove, so it means another address; write the address out");
        }

        if (segments[1..^1].Any(s => s.Length == 0))
        {
            return ("มี // (ส่วนที่ว่าง) ให้เหลือ / เดียว", "has an empty segment (//); use a single /");
        }

        return null;
    }

}
