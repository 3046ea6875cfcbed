using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Markdown;

/// <summary>Reports a <c>:::kind</c> container that is not a known callout, so a typo (<c>:::warnig</c>) never silently loses its label.</summary>
internal static class CalloutChecker
{
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["note"] = "หมายเหตุ",
        ["warning"] = "คำเตือน",
    };

    public static void Check(IReadOnlyList<MarkdownObject> nodes, SourceFile file, ICollection<Diagnostic> diagnostics)
    {
        foreach (var container in nodes.OfType<CustomContainer>())
        {
            var kind = container.Info ?? "";
            if (Labels.ContainsKey(kind))
            {
                continue;
            }

            var (thaiHint, englishHint) = DidYouMean.Hint(kind, [.. Labels.Keys]);
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.UnknownCallout,
                new SourceLocation(file.DisplayPath, container.Line + 1, container.Column + 1),
                $"ไม่รู้จักกล่องข้อความ ':::{kind}'{thaiHint}",
                $"unknown callout ':::{kind}'{englishHint}"));
        }
    }
}
