using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Features.Editor;

/// <summary>Writes the generated configuration: text double-quoted (a Thai label may hold <c>:</c> or <c>#</c>), flags and counts plain.</summary>
internal static class CmsYaml
{
    public static YamlScalarNode Scalar(string value) =>
        value is "true" or "false" || (value.Length > 0 && value.All(char.IsAsciiDigit))
            ? new YamlScalarNode(value)
            : new YamlScalarNode(value) { Style = ScalarStyle.DoubleQuoted };

    public static YamlMappingNode Map(params (string Key, string Value)[] entries)
    {
        var map = new YamlMappingNode();
        Add(map, entries);
        return map;
    }

    public static void Add(YamlMappingNode map, params (string Key, string Value)[] entries)
    {
        foreach (var (key, value) in entries)
        {
            map.Add(key, Scalar(value));
        }
    }

    /// <summary>
    /// The document after a comment header, with LF line ends whatever the machine, so the bytes are the same everywhere.
    /// A node with an anchor used in several places is written once (<c>&amp;oit_options</c>), then by alias (<c>*oit_options</c>).
    /// </summary>
    public static byte[] Write(string header, YamlMappingNode root)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.EndsWith("...\n", StringComparison.Ordinal))
        {
            text = text[..^4];
        }

        return Encoding.UTF8.GetBytes(header + text);
    }
}
