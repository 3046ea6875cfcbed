using System.Text.RegularExpressions;

namespace Portal.Rendering;

/// <summary>
/// What a layout reads, found in its text and, through <c>{% include %}</c>, in its partials: the
/// template files, the data files (<c>data.ita_results</c>) and whether it lists other pages
/// (<c>site.pages</c> and its indexes such as <c>site.pages_by_url</c>, <c>page.children</c>). Read from the source, so a name built at run time is not
/// seen; the theme guide asks for literal names.
/// </summary>
/// <param name="Templates">Theme files, as <c>layouts/page.liquid</c> and <c>partials/nav.liquid</c>.</param>
/// <param name="Data">Top-level data keys (<c>site</c>, <c>ita_results</c>, <c>oit</c>).</param>
public sealed partial record TemplateUses(IReadOnlySet<string> Templates, IReadOnlySet<string> Data, bool ListsPages)
{
    public static TemplateUses Find(string layoutFile, IReadOnlyDictionary<string, string> layouts, IReadOnlyDictionary<string, string> partials)
    {
        var templates = new HashSet<string>(StringComparer.Ordinal);
        var data = new HashSet<string>(StringComparer.Ordinal);
        var listsPages = false;
        var pending = new Stack<string>([$"layouts/{layoutFile}"]);
        while (pending.TryPop(out var template))
        {
            if (!templates.Add(template))
            {
                continue;
            }

            var text = template.StartsWith("layouts/", StringComparison.Ordinal)
                ? layouts.GetValueOrDefault(template["layouts/".Length..])
                : partials.GetValueOrDefault(template["partials/".Length..]);
            if (text is null)
            {
                continue;
            }

            foreach (Match include in Include().Matches(text))
            {
                var name = include.Groups[1].Value;
                pending.Push($"partials/{(name.EndsWith(".liquid", StringComparison.Ordinal) ? name : name + ".liquid")}");
            }

            data.UnionWith(DataKey().Matches(text).Select(m => m.Groups[1].Value));
            if (text.Contains("site.settings", StringComparison.Ordinal) || SiteSetting().IsMatch(text))
            {
                data.Add("site");
            }

            listsPages |= ListsOtherPages().IsMatch(text);
        }

        return new TemplateUses(templates, data, listsPages);
    }

    [GeneratedRegex(@"\{%-?\s*(?:include|render)\s+['""]([^'""]+)['""]")]
    private static partial Regex Include();

    [GeneratedRegex(@"\bdata(?:\.|\[\s*['""])([A-Za-z_][\w-]*)")]
    private static partial Regex DataKey();

    /// <summary><c>site.title</c>, <c>site.navigation</c>…: values of <c>_data/site.yml</c>.</summary>
    [GeneratedRegex(@"\bsite\.(?!pages(?:_[a-z_]+)?\b|base_url\b)[a-z_]+")]
    private static partial Regex SiteSetting();

    [GeneratedRegex(@"\bsite\.pages(?:_[a-z_]+)?\b|\bpage\.children\b")]
    private static partial Regex ListsOtherPages();
}
