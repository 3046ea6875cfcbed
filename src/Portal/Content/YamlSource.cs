using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>A YAML text's place in a file: positions of its nodes are shown as file lines (front matter starts on line 2).</summary>
public sealed record YamlSource(string DisplayPath, int FirstLine)
{
    public SourceLocation Location(YamlNode node) => YamlDocumentReader.LocationOf(node, DisplayPath, FirstLine);

    public SourceLocation FileStart => new(DisplayPath);
}
