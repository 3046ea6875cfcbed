namespace Portal.Features.Editor;

/// <summary>
/// Decap CMS's browser bundle, vendored in <c>src/Portal/Features/Editor/decap-cms/</c> by <c>tools/vendor-decap-cms.sh</c> and
/// embedded in this assembly, so <c>portal build</c> publishes it from a clean clone with no install step and the
/// browser never fetches it from a CDN. <c>SHA256SUMS</c> there lists every file (a test checks them).
/// </summary>
internal static class DecapBundle
{
    public const string Version = "3.16.3";
    public const string Folder = "decap-cms/";
    public const string Script = "decap-cms.js";

    /// <summary>Every file of the bundle as (name, bytes), in name order: the script, its chunks and their licences.</summary>
    public static IEnumerable<(string Name, byte[] Content)> Files()
    {
        var assembly = typeof(DecapBundle).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return (resource[Folder.Length..], copy.ToArray());
        }
    }
}
