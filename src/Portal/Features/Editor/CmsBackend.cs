using Portal.Content;
using Portal.Diagnostics;
using Portal.Features.Citizen;
using Portal.Kinds;
using Portal.Site;
using YamlDotNet.RepresentationModel;

namespace Portal.Features.Editor;

/// <summary>
/// The git host the published <c>/admin/</c> saves to, from <c>cms:</c> in <c>input/_data/site.yml</c>
/// (<c>backend: github</c>, <c>repo: owner/name</c>, <c>branch: main</c>). Each save there becomes a branch and a
/// pull request (Decap's editorial workflow). A site whose <c>cms:</c> names no host yet (its values left empty, as
/// the municipality's is until it picks one) has an <c>/admin/</c> that says web editing is not set up; a site without
/// <c>cms:</c> has no <c>/admin/</c> at all.
/// </summary>
internal sealed record CmsBackend(string Name, string Repo, string Branch)
{
    public const string Key = "cms";
    public const string DefaultBranch = "main";

    /// <summary>The hosts Decap can save to, with the origin of the API the browser calls (the one origin /admin/'s CSP adds).</summary>
    public static readonly IReadOnlyDictionary<string, string> ApiOrigins = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["github"] = "https://api.github.com",
        ["gitlab"] = "https://gitlab.com",
    };

    private static readonly Member[] Members =
    [
        new("backend", true, (node, values, key) => Host(node, values, key)),
        new("repo", true, (node, values, key) => Repository(node, values, key)),
        new("branch", false, StructuredValues.RequiredTextReader),
    ];

    public string ApiOrigin => ApiOrigins[Name];

    /// <summary>Where <c>site.yml</c> says <c>cms:</c>, or null when it does not (the site has no web editor).</summary>
    public static SourceLocation? Mentioned(IEnumerable<DataFile> data) =>
        data.FirstOrDefault(d => d.Key == SiteSettings.DataKey) is { Yaml: YamlMappingNode root } file
        && root.Children.Keys.FirstOrDefault(k => k.Equals(new YamlScalarNode(Key))) is { } key
            ? new FrontMatterValues(new YamlSource(file.DisplayPath, FirstLine: 1), []).Location(key)
            : null;

    /// <summary>
    /// The backend <c>site.yml</c> names; null when it names none (no <c>cms:</c>, or <c>backend</c> and <c>repo</c> left
    /// empty), or names one wrongly (reported).
    /// </summary>
    public static CmsBackend? From(IEnumerable<DataFile> data, ICollection<Diagnostic> diagnostics)
    {
        if (data.FirstOrDefault(d => d.Key == SiteSettings.DataKey) is not { Yaml: YamlMappingNode root } file
            || !root.Children.TryGetValue(new YamlScalarNode(Key), out var node)
            || IsEmpty(node))
        {
            return null;
        }

        var values = new FrontMatterValues(new YamlSource(file.DisplayPath, FirstLine: 1), diagnostics);
        var cms = StructuredValues.Mapping(node, values, Key, Members);
        return cms?.GetValueOrDefault("backend") is string name && cms.GetValueOrDefault("repo") is string repo
            ? new CmsBackend(name, repo, cms.GetValueOrDefault("branch") as string ?? DefaultBranch)
            : null;
    }

    /// <summary><c>cms:</c> with nothing in it, or with <c>backend</c> and <c>repo</c> left empty: not set up yet.</summary>
    private static bool IsEmpty(YamlNode node) => node switch
    {
        YamlScalarNode scalar => string.IsNullOrWhiteSpace(scalar.Value),
        YamlMappingNode mapping => Members.Where(m => m.Required).All(m =>
            !mapping.Children.TryGetValue(new YamlScalarNode(m.Key), out var value) || value is YamlScalarNode { Value: null or "" }),
        _ => false,
    };

    private static string? Host(YamlNode node, FrontMatterValues values, string key)
    {
        var name = StructuredValues.RequiredText(node, values, key);
        if (name is not null && !ApiOrigins.ContainsKey(name))
        {
            var known = string.Join(", ", ApiOrigins.Keys);
            values.InvalidValue(node, key, $"{known} ไม่ใช่ '{name}'", $"one of {known}, not '{name}'");
            return null;
        }

        return name;
    }

    /// <summary><c>owner/name</c> as the git host spells it; a URL or a bare name is a common slip.</summary>
    private static string? Repository(YamlNode node, FrontMatterValues values, string key)
    {
        var repo = StructuredValues.RequiredText(node, values, key);
        var parts = repo?.Split('/');
        if (repo is not null && (parts!.Length != 2 || parts.Any(p => p.Length == 0 || p.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))))
        {
            values.InvalidValue(node, key, $"ชื่อคลังในรูปแบบ เจ้าของ/ชื่อคลัง ไม่ใช่ '{repo}'", $"a repository as owner/name, not '{repo}'");
            return null;
        }

        return repo;
    }
}
