using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Site;
using Portal.Thai;
using YamlDotNet.RepresentationModel;

namespace Portal.Features.Dashboard;

/// <summary>
/// sources.yml (docs/dashboard.md): the dashboard's title and address, the fiscal years it shows, and the public bodies
/// whose coverage.json it reads. Every mistake is reported at its line; one mistake rejects the file (exit 2), since a
/// body left out silently would be a hole in a national picture.
/// </summary>
internal sealed partial record DashboardSources(string Path, string? Title, string? BaseUrl, IReadOnlyList<int> Years, IReadOnlyList<BodySource> Bodies)
{
    /// <summary>sources.yml is written by hand or by a script; 8,000 bodies take about 2 MB.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public const int MaxNameLength = 200;

    private static readonly string KindNames = string.Join(", ", OrganizationKind.All.Select(k => k.Key));

    private static readonly string[] TopKeys = ["title", "base_url", "years", "bodies"];
    private static readonly string[] BodyKeys = ["id", "name", "kind", "province", "site", "coverage"];

    /// <summary>The folder local coverage files must lie in.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    /// <summary>Reads and checks the file; null with the problems in <paramref name="problems"/> when it has any.</summary>
    public static DashboardSources? Read(string path, List<Diagnostic> problems)
    {
        var display = path.Replace('\\', '/');
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            problems.Add(Error(new(display), "ไม่พบไฟล์รายชื่อแหล่งข้อมูล", "the sources file does not exist"));
            return null;
        }

        if (info.Length > MaxBytes)
        {
            problems.Add(Error(new(display), $"ไฟล์ใหญ่เกิน {MaxBytes / 1024 / 1024} MB", $"the sources file is over {MaxBytes / 1024 / 1024} MB"));
            return null;
        }

        var text = TextFileReader.Decode(File.ReadAllBytes(path), display, problems);
        if (text is null || YamlDocumentReader.Read(text, display, 1, problems) is not { } root)
        {
            if (text is not null && problems.Count == 0)
            {
                problems.Add(Error(new(display), "ไฟล์ว่าง ต้องมี bodies:", "the sources file is empty; it needs bodies:"));
            }

            return null;
        }

        return new Reader(display, problems).Read(root, path);
    }

    private static Diagnostic Error(SourceLocation location, string thai, string english) =>
        Diagnostic.Error(DiagnosticCode.DashboardSourcesInvalid, location, thai, english);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    private sealed class Reader(string display, List<Diagnostic> problems)
    {
        public DashboardSources? Read(YamlNode root, string path)
        {
            if (root is not YamlMappingNode top)
            {
                Report(root, "ไฟล์ต้องเป็นชุดค่า title, base_url, years และ bodies", "the file must be a mapping of title, base_url, years and bodies");
                return null;
            }

            CheckKeys(top, TopKeys);
            var title = Text(top, "title", required: false);
            var baseUrl = Text(top, "base_url", required: false);
            if (baseUrl is not null && !Site.SiteSettings.IsValidBaseUrl(baseUrl))
            {
                Report(top.Children[new YamlScalarNode("base_url")], "base_url ต้องเป็นที่อยู่ http(s) เต็ม", "base_url must be an absolute http(s) address");
            }

            var years = Years(top);
            var bodies = new List<BodySource>();
            if (!top.Children.TryGetValue(new YamlScalarNode("bodies"), out var list) || list is not YamlSequenceNode sequence || sequence.Children.Count == 0)
            {
                Report(top, "ต้องมี bodies: รายชื่อหน่วยงานอย่างน้อยหนึ่งแห่ง", "bodies: must list at least one public body");
            }
            else
            {
                foreach (var node in sequence)
                {
                    if (Body(node) is { } body)
                    {
                        bodies.Add(body);
                    }
                }
            }

            foreach (var duplicate in bodies.GroupBy(b => b.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                var lines = string.Join(", ", duplicate.Select(b => b.Line.ToString(CultureInfo.InvariantCulture)));
                foreach (var body in duplicate.Skip(1))
                {
                    problems.Add(Error(new(display, body.Line), $"id '{body.Id}' ซ้ำกัน (บรรทัด {lines}) ให้ตั้ง id: ที่ไม่ซ้ำ",
                        $"id '{body.Id}' is used more than once (lines {lines}); give each body an id: of its own"));
                }
            }

            return problems.Count > 0 ? null : new DashboardSources(path, title, baseUrl?.TrimEnd('/'), years, bodies);
        }

        private List<int> Years(YamlMappingNode top)
        {
            if (!top.Children.TryGetValue(new YamlScalarNode("years"), out var node))
            {
                return [];
            }

            var years = new List<int>();
            foreach (var item in node is YamlSequenceNode sequence ? sequence.Children : [node])
            {
                if (item is YamlScalarNode { Value: { } value } && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && DashboardYears.IsPlausible(year))
                {
                    years.Add(year);
                }
                else
                {
                    Report(item, "years ต้องเป็นปีงบประมาณ พ.ศ. เช่น [2569, 2570]", "years must be Buddhist-era fiscal years, e.g. [2569, 2570]");
                }
            }

            return years;
        }

        private BodySource? Body(YamlNode node)
        {
            if (node is not YamlMappingNode body)
            {
                Report(node, "แต่ละหน่วยงานต้องมี name, kind, province และ site", "each body needs name, kind, province and site");
                return null;
            }

            var before = problems.Count;
            CheckKeys(body, BodyKeys);
            var name = Text(body, "name", required: true);
            var kindName = Text(body, "kind", required: true);
            var provinceName = Text(body, "province", required: true);
            var site = Text(body, "site", required: true);
            var coverage = Text(body, "coverage", required: false);
            var id = Text(body, "id", required: false);

            var kind = kindName is null ? null : OrganizationKind.All.FirstOrDefault(k => k.Key == kindName);
            if (kindName is not null && kind is null)
            {
                Report(Value(body, "kind"), $"kind ต้องเป็น {KindNames}", $"kind must be one of {KindNames}");
            }

            var province = provinceName is null ? null : ThaiProvinces.Find(provinceName);
            if (provinceName is not null && province is null)
            {
                Report(Value(body, "province"), $"ไม่รู้จักจังหวัด '{provinceName}' ให้เขียนชื่อจังหวัดตามที่ราชการใช้ เช่น เชียงใหม่",
                    $"unknown province '{provinceName}'; write one of the 77 provinces' Thai names, e.g. เชียงใหม่");
            }

            if (name is not null && name.Length > MaxNameLength)
            {
                Report(Value(body, "name"), $"name ยาวเกิน {MaxNameLength} ตัวอักษร", $"name is longer than {MaxNameLength} characters");
            }

            Uri? siteUri = null;
            if (site is not null && !(Site.SiteSettings.IsValidBaseUrl(site) && Uri.TryCreate(site, UriKind.Absolute, out siteUri)))
            {
                Report(Value(body, "site"), "site ต้องเป็นที่อยู่เว็บไซต์ http(s) เต็ม เช่น https://www.example.go.th", "site must be an absolute http(s) address, e.g. https://www.example.go.th");
            }

            if (coverage is not null && coverage.Contains(':', StringComparison.Ordinal) && !IsHttp(coverage))
            {
                Report(Value(body, "coverage"), "coverage ต้องเป็น URL แบบ http(s) หรือที่อยู่ไฟล์ในโฟลเดอร์ของ sources.yml", "coverage must be an http(s) URL or a file path inside the sources file's folder");
            }

            if (id is not null && !IdPattern().IsMatch(id))
            {
                Report(Value(body, "id"), "id ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) ไม่เกิน 64 ตัว", "id must be lower-case English letters, digits and hyphens, at most 64");
            }

            if (problems.Count > before || name is null || kind is null || province is null || siteUri is null)
            {
                return null;
            }

            var siteAddress = site!.TrimEnd('/');
            var ownId = id ?? IdFromHost(siteUri);
            if (!IdPattern().IsMatch(ownId))
            {
                Report(body, "ตั้ง id จากชื่อโดเมนของ site ไม่ได้ ให้เขียน id: เอง", "no id can be made from the site's host name; give an id:");
                return null;
            }

            return new BodySource(ownId, name, kind, province.Thai, province.Slug, siteAddress,
                coverage ?? BodySource.DefaultCoverage(siteAddress), (int)body.Start.Line);
        }

        /// <summary>
        /// www.example.go.th → example-go-th: the host in its ASCII (punycode) form, without <c>www.</c>, dots as
        /// hyphens. Two bodies on one host need ids of their own.
        /// </summary>
        private static string IdFromHost(Uri site)
        {
            var host = site.IdnHost.ToLowerInvariant();
            host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
            return host.Replace('.', '-');
        }

        private static bool IsHttp(string address) =>
            Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

        private void CheckKeys(YamlMappingNode mapping, string[] known)
        {
            foreach (var key in mapping.Children.Keys)
            {
                if (key is not YamlScalarNode { Value: { } name } || !known.Contains(name))
                {
                    Report(key, $"ไม่รู้จักคีย์ '{(key as YamlScalarNode)?.Value}' (ใช้ได้: {string.Join(", ", known)})",
                        $"unknown key '{(key as YamlScalarNode)?.Value}' (known: {string.Join(", ", known)})");
                }
            }
        }

        private static YamlNode Value(YamlMappingNode mapping, string key) => mapping.Children[new YamlScalarNode(key)];

        private string? Text(YamlMappingNode mapping, string key, bool required)
        {
            if (!mapping.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                if (required)
                {
                    Report(mapping, $"ต้องมี {key}:", $"{key}: is required");
                }

                return null;
            }

            if (node is YamlScalarNode { Value: { } value } scalar && !YamlDocumentReader.IsNull(scalar) && value.Trim().Length > 0)
            {
                return ThaiText.Normalize(value.Trim());
            }

            Report(node, $"{key} ต้องเป็นข้อความ", $"{key} must be text");
            return null;
        }

        private void Report(YamlNode node, string thai, string english) =>
            problems.Add(Error(YamlDocumentReader.LocationOf(node, display, 1), thai, english));
    }
}
