using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>
/// Data files put URLs into every page (the navigation's <c>url</c>, the footer's <c>contact_url</c>), so
/// a value under a key named <c>url</c> or ending in <c>_url</c> gets the same scheme check as a link in Markdown.
/// </summary>
public static class DataUrls
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
                            && value is YamlScalarNode { Value: { } url } && UrlSchemes.Unsafe(url) is { } scheme)
                        {
                            var (thai, english) = UrlSchemes.Message(scheme);
                            diagnostics.Add(Diagnostic.Error(DiagnosticCode.UnsafeLink, YamlDocumentReader.LocationOf(value, displayPath, 1), thai, english));
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

    private static bool IsUrlKey(string key) => key == "url" || key.EndsWith("_url", StringComparison.Ordinal);
}
