using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Markdown;

/// <summary>
/// Applies the character rule (<see cref="ContentCharacters"/>) to HTML entities after Markdig decodes them:
/// <c>&amp;#1;</c> or <c>&amp;#xFFFE;</c> is plain ASCII in the file but a control character or noncharacter in the page.
/// </summary>
internal static class EntityChecker
{
    public static void Check(IReadOnlyList<MarkdownObject> nodes, SourceFile file, ICollection<Diagnostic> diagnostics)
    {
        foreach (var entity in nodes.OfType<HtmlEntityInline>())
        {
            var decoded = entity.Transcoded.ToString();
            if (ContentCharacters.FindForbidden(decoded) is var index and >= 0)
            {
                var name = ContentCharacters.Describe(decoded, index);
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.ForbiddenCharacter, new SourceLocation(file.DisplayPath, entity.Line + 1, entity.Column + 1),
                    $"'{entity.Original}' แทนอักขระควบคุมหรืออักขระต้องห้าม {name} ให้ลบออก",
                    $"'{entity.Original}' stands for the control character or noncharacter {name}; delete it"));
            }
        }
    }
}
