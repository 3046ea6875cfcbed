using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>
/// A value that <c>portal new</c> writes for staff to replace, <c>«เติม: สถานที่ยื่นคำขอ»</c>: it states no fact, a page
/// that is published with one is an error (PT100), and a typed reader leaves it unread, so a draft still previews.
/// </summary>
internal static class Placeholder
{
    /// <summary>How every placeholder starts.</summary>
    public const string Start = "«เติม:";

    /// <summary>A value to replace, described by <paramref name="what"/>.</summary>
    public static string Text(string what) => $"{Start} {what}»";

    /// <summary>A placeholder as a YAML value: double-quoted, because it holds <c>: </c>.</summary>
    public static string Yaml(string what) => Quoted(Text(what));

    /// <summary>A YAML double-quoted scalar.</summary>
    public static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Whether <paramref name="node"/> is a placeholder left as it was written.</summary>
    public static bool Is(YamlNode node) => node is YamlScalarNode { Value: { } value } && value.StartsWith(Start, StringComparison.Ordinal);
}
