using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>
/// Data files put URLs into every page (the navigation's <c>url</c>, the footer's <c>contact_url</c>), so a value
/// under a URL key (<see cref="IsUrlKey"/>), at any depth of any data file, must be one text value and gets the
/// same scheme check as a link in Markdown. This is the one check of URLs in data; front matter has no free keys,
/// and its typed web addresses are read by <c>StructuredValues.WebAddress</c> (text, http(s) or a site path only).
/// </summary>
internal static class DataUrls
{
    public static void Check(YamlNode? root, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var pending = new Stack<YamlNode>();
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        if (root is not null)
        {
            pending.Push(root);
        }

        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var (key, value) in mapping.Children)
                    {
                        if (key is YamlScalarNode { Value: { } name } && IsUrlKey(name)
                            && Problem(name, value, YamlDocumentReader.LocationOf(value, displayPath, 1)) is { } problem)
                        {
                            diagnostics.Add(problem);
                        }

                        pending.Push(value);
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var child in sequence.Children)
                    {
                        pending.Push(child);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// What is wrong with a value under a URL key: a list or a mapping (a template would print its items, so
    /// <c>url: ["javascript:…"]</c> would skip the scheme check), or a scheme that is not allowed.
    /// </summary>
    private static Diagnostic? Problem(string key, YamlNode value, SourceLocation location)
    {
        // An empty value is no address (what needs one says so); its position is where the next token starts, which may be past the file's end.
        if (value is YamlScalarNode scalar && YamlDocumentReader.IsNull(scalar))
        {
            return null;
        }

        if (value is not YamlScalarNode { Value: var url })
        {
            return Diagnostic.Error(DiagnosticCode.InvalidValue, location,
                $"ค่าของ '{key}' ต้องเป็นที่อยู่เว็บหนึ่งค่า ไม่ใช่รายการหรือชุดข้อมูล", $"'{key}' must be one web address, not a list or a mapping");
        }

        if (url is not null && UrlSchemes.Unsafe(url) is { } scheme)
        {
            var (thai, english) = UrlSchemes.Message(scheme);
            return Diagnostic.Error(DiagnosticCode.UnsafeLink, location, thai, english);
        }

        if (url is not null && UrlSchemes.IsDisguised(url))
        {
            var (thai, english) = UrlSchemes.DisguisedMessage(url);
            return Diagnostic.Error(DiagnosticCode.UnsafeLink, location, thai, english);
        }

        return null;
    }

    /// <summary>
    /// The keys templates put in a link: <c>url</c>, <c>href</c>, and any key ending in <c>_url</c> or <c>_href</c>.
    /// (<c>link</c> of a complaint channel or a service is read by its typed reader, <c>StructuredValues.WebAddress</c>, which reports it once.)
    /// </summary>
    private static bool IsUrlKey(string key) =>
        key is "url" or "href" || key.EndsWith("_url", StringComparison.Ordinal) || key.EndsWith("_href", StringComparison.Ordinal);
}
