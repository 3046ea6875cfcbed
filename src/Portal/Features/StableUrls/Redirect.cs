using Portal.Content;
using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Features.StableUrls;

/// <summary>One old address and the page it moved to, from <c>input/_data/redirects.yml</c>.</summary>
public sealed record Redirect(string From, string To, SourceLocation Location)
{
    public const string DataKey = "redirects";

    /// <summary>
    /// Reads the list <c>- from: /old/ to: /new/</c>, reporting entries that are not two site paths (PT043, see
    /// <see cref="SitePath"/>). Each path is kept percent-decoded, as page URLs are, so <c>/%E0%B8%81/</c> and the page <c>/ก/</c>
    /// compare equal; the writer encodes it again. Whether targets exist, and whether a source is already
    /// something the site publishes, is checked later (<see cref="RedirectChecker"/>), when every output is known.
    /// </summary>
    public static IReadOnlyList<Redirect> Read(IEnumerable<DataFile> data, ICollection<Diagnostic> diagnostics)
    {
        var file = data.FirstOrDefault(d => d.Key == DataKey);
        if (file?.Yaml is null)
        {
            return [];
        }

        var source = new YamlSource(file.DisplayPath, FirstLine: 1);
        if (file.Yaml is not YamlSequenceNode entries)
        {
            diagnostics.Add(Problem(source.FileStart, "redirects.yml ต้องเป็นรายการของ {from, to}", "redirects.yml must be a list of {from, to}"));
            return [];
        }

        var result = new List<Redirect>();
        // Two sources whose fallback pages are one file on Windows or macOS (/old/ and /Old, /old/index.html) are one redirect.
        var seen = new Dictionary<string, int>(PublishedPaths.SameFile);
        foreach (var entry in entries.Children)
        {
            var location = source.Location(entry);
            var from = Value(entry, "from");
            var to = Value(entry, "to");
            if (from is null || to is null)
            {
                diagnostics.Add(Problem(location,
                    "แต่ละรายการต้องมี from และ to เป็นที่อยู่ในเว็บไซต์ที่ขึ้นต้นด้วย / ไม่มี ? # หรือช่องว่าง เช่น from: /old/ita.html และ to: /ita/",
                    "each entry needs from and to, site paths starting with / without ?, # or spaces, e.g. from: /old/ita.html and to: /ita/"));
                continue;
            }

            if ((Invalid(source, from, "from") ?? Invalid(source, to, "to")) is { } invalid)
            {
                diagnostics.Add(invalid);
                continue;
            }

            var fromPath = SitePath.Decode(from.Value!);
            var fallback = PublishedPaths.Key(StableUrlsOutput.FallbackPath(fromPath) ?? fromPath);
            if (seen.TryGetValue(fallback, out var line))
            {
                diagnostics.Add(Problem(location, $"from: {from.Value} ซ้ำกับรายการที่บรรทัด {line}", $"from: {from.Value} is already redirected on line {line}"));
                continue;
            }

            seen[fallback] = location.Line;
            result.Add(new Redirect(fromPath, SitePath.Decode(to.Value!), location));
        }

        return result;
    }

    /// <summary>PT043 at the value itself when it is not a plain site path (<see cref="SitePath.Problem"/>).</summary>
    private static Diagnostic? Invalid(YamlSource source, YamlScalarNode value, string key) =>
        SitePath.Problem(value.Value!) is var (thai, english) ? Problem(source.Location(value), $"{key}: {thai}", $"{key}: {english}") : null;

    internal static Diagnostic Problem(SourceLocation location, string thai, string english) =>
        Diagnostic.Error(DiagnosticCode.RedirectInvalid, location, thai, english);

    private static YamlScalarNode? Value(YamlNode entry, string key) =>
        entry is YamlMappingNode mapping
        && mapping.Children.FirstOrDefault(kv => (kv.Key as YamlScalarNode)?.Value == key).Value is YamlScalarNode { Value: { } text } value
        && text.StartsWith('/')
            ? value
            : null;
}
