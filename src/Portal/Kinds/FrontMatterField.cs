using Portal.Content;
using YamlDotNet.RepresentationModel;

namespace Portal.Kinds;

/// <summary>A front-matter key that belongs to one page kind, with the typed reader for its value.</summary>
/// <param name="ThaiHelp">One line for staff, shown beside the key in new-page templates.</param>
/// <param name="Read">Reads the value, reporting a wrong one through the readers' diagnostics; returns a plain value for templates.</param>
public sealed record FrontMatterField(string Key, FieldType Type, string ThaiHelp, Func<YamlNode, FrontMatterValues, object?> Read)
{
    /// <summary>The value a new-page template writes after <c>key:</c> (YAML, may span indented lines); by default one that fits <see cref="Type"/>.</summary>
    public string? Example { get; init; }

    /// <summary>
    /// How a file says "there is none" for a value that is required but may have nothing in it (<c>documents: ไม่มี</c>),
    /// so an empty list stays a mistake; the web editor offers it as a checkbox beside the list. Null for other fields.
    /// </summary>
    public string? None { get; init; }

    /// <summary>The field's short name in the web editor's form; <see cref="ThaiHelp"/> is then shown under it. Null: the help is the name.</summary>
    public string? Label { get; init; }

    /// <summary>What one item of a list is called, for the form's "add" button ("เพิ่ม ขั้นตอน").</summary>
    public string? ItemLabel { get; init; }

    /// <summary>The members of a <see cref="FieldType.Structured"/> value, so the web editor can offer a form for it; null for other types.</summary>
    public StructuredForm? Form { get; init; }

    public static FrontMatterField Text(string key, string thaiHelp) =>
        new(key, FieldType.Text, thaiHelp, (node, values) => values.Text(node, key));

    public static FrontMatterField TextList(string key, string thaiHelp) =>
        new(key, FieldType.TextList, thaiHelp, (node, values) => values.TextList(node, key));

    public static FrontMatterField WholeNumber(string key, string thaiHelp) =>
        new(key, FieldType.WholeNumber, thaiHelp, (node, values) => values.WholeNumber(node, key));

    public static FrontMatterField Date(string key, string thaiHelp) =>
        new(key, FieldType.Date, thaiHelp, (node, values) => values.Date(node, key));

    public static FrontMatterField Boolean(string key, string thaiHelp) =>
        new(key, FieldType.Boolean, thaiHelp, (node, values) => values.Boolean(node, key));
}
