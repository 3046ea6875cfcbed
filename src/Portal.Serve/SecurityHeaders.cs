using System.Text.RegularExpressions;
using Tomlyn;
using Tomlyn.Model;

namespace Portal.Serve;

/// <summary>
/// The response headers of <c>netlify.toml</c> (<c>[[headers]]</c>: a path pattern and its values), so the
/// preview answers as the live site does and a page that breaks the CSP breaks in preview too. As on
/// Netlify, every rule whose pattern matches applies, in file order, a later value replacing an earlier one.
/// </summary>
public sealed class SecurityHeaders
{
    private readonly IReadOnlyList<(Regex Pattern, IReadOnlyDictionary<string, string> Values)> _rules;

    private SecurityHeaders(IReadOnlyList<(Regex, IReadOnlyDictionary<string, string>)> rules) => _rules = rules;

    public static readonly SecurityHeaders None = new([]);

    /// <summary>Reads the rules; a file that is not valid TOML, or whose rules are malformed, stops the server before it starts.</summary>
    public static SecurityHeaders Load(string netlifyToml)
    {
        TomlTable model;
        try
        {
            model = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(netlifyToml))!;
        }
        catch (TomlException e)
        {
            throw new BuildConfigurationException($"อ่าน {netlifyToml} ไม่ได้: {e.Message}", $"{netlifyToml} is not valid TOML: {e.Message}");
        }

        var rules = new List<(Regex, IReadOnlyDictionary<string, string>)>();
        foreach (var rule in model.TryGetValue("headers", out var headers) && headers is TomlTableArray array ? array : [])
        {
            if (rule["for"] is not string pattern || rule["values"] is not TomlTable values)
            {
                throw new BuildConfigurationException($"กฎ [[headers]] ใน {netlifyToml} ต้องมี for และ values", $"each [[headers]] rule in {netlifyToml} needs 'for' and 'values'");
            }

            rules.Add((PathPattern(pattern), values.ToDictionary(v => v.Key, v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.OrdinalIgnoreCase)));
        }

        return new SecurityHeaders(rules);
    }

    /// <summary>The headers for a request path, as <c>/ita/</c> or <c>/assets/css/site.1a2b.css</c>.</summary>
    public IReadOnlyDictionary<string, string> For(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pattern, values) in _rules.Where(r => r.Pattern.IsMatch(path)))
        {
            foreach (var (name, value) in values)
            {
                result[name] = value;
            }
        }

        return result;
    }

    /// <summary>Netlify's path patterns: <c>*</c> matches the rest of the path, everything else literally.</summary>
    private static Regex PathPattern(string pattern) =>
        new("^" + string.Join(".*", pattern.Split('*').Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant);
}
