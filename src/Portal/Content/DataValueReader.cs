using System.Globalization;
using Portal.Thai;
using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>
/// Converts YAML nodes of a data file into plain values: ordered dictionaries, lists, strings,
/// decimals, booleans and null. Plain scalars are typed by YAML's core schema; quoted ones stay text.
/// </summary>
internal static class DataValueReader
{
    public static object? ToValue(YamlNode node) => node switch
    {
        YamlMappingNode mapping => ToDictionary(mapping),
        YamlSequenceNode sequence => sequence.Children.Select(ToValue).ToList(),
        YamlScalarNode scalar => ToScalar(scalar),
        _ => null,
    };

    private static Dictionary<string, object?> ToDictionary(YamlMappingNode mapping)
    {
        var dictionary = new Dictionary<string, object?>(mapping.Children.Count, StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            dictionary[(key as YamlScalarNode)?.Value ?? key.ToString()] = ToValue(value);
        }

        return dictionary;
    }

    private static object? ToScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (!YamlDocumentReader.IsPlain(scalar))
        {
            return ThaiText.Normalize(text);
        }

        if (YamlDocumentReader.IsNull(scalar))
        {
            return null;
        }

        return text switch
        {
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            _ when decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) => number,
            _ => ThaiText.Normalize(text),
        };
    }
}
