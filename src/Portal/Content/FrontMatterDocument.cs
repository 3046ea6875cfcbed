using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>
/// A page's front matter as parsed at load: the YAML mapping with its positions, not yet typed.
/// Typing and every schema check happen in the model stage (<see cref="FrontMatterReader"/>), where
/// the page's kind and its folder's defaults are known.
/// </summary>
/// <param name="Mapping">The keys the page wrote; empty when it has no front matter.</param>
/// <param name="Unreadable">The YAML could not be read; the reason was reported, and no further check is made.</param>
public sealed record FrontMatterDocument(YamlMappingNode Mapping, YamlSource Source, bool Unreadable)
{
    public static FrontMatterDocument Parse(SourceFile file, ICollection<Diagnostic> diagnostics)
    {
        var split = FrontMatterSplitter.Split(file.Text);
        var source = new YamlSource(file.DisplayPath, split.YamlFirstLine);
        if (split.Unterminated)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.UnterminatedFrontMatter, source.FileStart,
                "ส่วนหัว (front matter) เปิดด้วย --- แต่ไม่มี --- ปิด",
                "front matter starts with --- but has no closing --- line"));
            return new FrontMatterDocument([], source, Unreadable: true);
        }

        return split.Yaml is null ? new FrontMatterDocument([], source, Unreadable: false) : ParseYaml(split.Yaml, source, diagnostics);
    }

    /// <summary>A YAML mapping on its own, such as a folder's <c>_defaults.yml</c>.</summary>
    public static FrontMatterDocument ParseYaml(string yaml, YamlSource source, ICollection<Diagnostic> diagnostics)
    {
        var problemsBefore = diagnostics.Count;
        switch (YamlDocumentReader.Read(yaml, source.DisplayPath, source.FirstLine, diagnostics))
        {
            case YamlMappingNode mapping:
                return new FrontMatterDocument(mapping, source, Unreadable: false);
            case null:
                return new FrontMatterDocument([], source, Unreadable: diagnostics.Count != problemsBefore);
            case var other:
                diagnostics.Add(Diagnostic.Error(DiagnosticCode.InvalidYaml, source.Location(other),
                    "ส่วนหัวต้องเป็นรายการ key: value", "front matter must be a mapping of key: value"));
                return new FrontMatterDocument([], source, Unreadable: true);
        }
    }
}
