using System.Globalization;
using Portal.Content;
using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Kinds;

/// <summary>
/// One member of a mapping read by <see cref="StructuredValues"/>: its key, whether it must be there, and its reader.
/// The same definition makes its field in the web editor, so the form requires exactly what the check requires.
/// </summary>
/// <param name="Read">Reads the value; the third argument is the dotted key messages name (<c>steps.duration</c>).</param>
/// <param name="Type">What a form offers for it (the web editor): text unless said otherwise.</param>
public sealed record Member(string Key, bool Required, Func<YamlNode, FrontMatterValues, string, object?> Read, Kinds.FieldType Type = Kinds.FieldType.Text)
{
    /// <summary>The field's name in the web editor's form, in Thai ("สถานที่ยื่นคำขอ").</summary>
    public string? Label { get; init; }

    /// <summary>One line under the field in the form: what to write, with an example.</summary>
    public string? Hint { get; init; }

    /// <summary>The problem reported, at its mapping, when a required member is left out, if more telling than "'steps' needs 'duration'".</summary>
    public Func<SourceLocation, Diagnostic>? Missing { get; init; }
}

/// <summary>
/// Readers for the mappings and lists of mappings of service manuals and complaint channels, on top of
/// <see cref="FrontMatterValues"/>: every problem is reported at its own line and reading goes on, so a file
/// shows all its mistakes at once.
/// </summary>
public static class StructuredValues
{
    public static readonly Func<YamlNode, FrontMatterValues, string, object?> RequiredTextReader = (node, values, key) => RequiredText(node, values, key);
    public static readonly Func<YamlNode, FrontMatterValues, string, object?> TextReader = (node, values, key) => values.Text(node, key);
    public static readonly Func<YamlNode, FrontMatterValues, string, object?> CountReader = (node, values, key) => Count(node, values, key);
    public static readonly Func<YamlNode, FrontMatterValues, string, object?> PhoneReader = (node, values, key) => Phone(node, values, key);
    public static readonly Func<YamlNode, FrontMatterValues, string, object?> EmailReader = (node, values, key) => Email(node, values, key);
    public static readonly Func<YamlNode, FrontMatterValues, string, object?> WebAddressReader = (node, values, key) => WebAddress(node, values, key);

    public static Dictionary<string, object?>? Mapping(YamlNode node, FrontMatterValues values, string key, IReadOnlyList<Member> members)
    {
        if (node is not YamlMappingNode mapping)
        {
            values.InvalidValue(node, key, $"ชุดข้อมูลที่มี {string.Join(", ", members.Select(m => m.Key))}", $"a mapping with {string.Join(", ", members.Select(m => m.Key))}");
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            if (members.FirstOrDefault(m => m.Key == name) is { } member)
            {
                // A placeholder is reported once for the page (PT100), not again as a value of the wrong type.
                result[name] = Placeholder.Is(value) ? null : member.Read(value, values, $"{key}.{name}");
            }
            else
            {
                values.ReportUnknownKey(name, [.. members.Select(m => m.Key)], values.Location(keyNode));
            }
        }

        foreach (var missing in members.Where(m => m.Required && !result.ContainsKey(m.Key)))
        {
            values.Report(missing.Missing?.Invoke(values.Location(node)) ?? Diagnostic.Error(DiagnosticCode.MissingRequiredKey, values.Location(node),
                $"'{key}' ต้องมี '{missing.Key}'", $"'{key}' needs '{missing.Key}'"));
        }

        return result;
    }

    /// <summary>A list of mappings with at least one item; an empty list is reported (PT080) with what to write instead.</summary>
    public static IReadOnlyList<Dictionary<string, object?>> MappingList(YamlNode node, FrontMatterValues values, string key, IReadOnlyList<Member> members,
        string thaiWhenNone = "", string englishWhenNone = "")
    {
        if (node is not YamlSequenceNode sequence)
        {
            values.InvalidValue(node, key, $"รายการ (ขึ้นต้นแต่ละข้อด้วย -){thaiWhenNone}", $"a list (each item starting with -){englishWhenNone}");
            return [];
        }

        if (sequence.Children.Count == 0)
        {
            Empty(node, values, key, thaiWhenNone, englishWhenNone);
            return [];
        }

        return [.. sequence.Children.Select(item => Mapping(item, values, key, members)).OfType<Dictionary<string, object?>>()];
    }

    public static string? RequiredText(YamlNode node, FrontMatterValues values, string key)
    {
        var text = values.Text(node, key);
        if (text is null && node is YamlScalarNode)
        {
            Empty(node, values, key);
        }

        return text;
    }

    /// <summary>A list of text with at least one item.</summary>
    public static IReadOnlyList<string> RequiredTextList(YamlNode node, FrontMatterValues values, string key)
    {
        var list = values.TextList(node, key);
        if (list.Count == 0 && node is YamlSequenceNode)
        {
            Empty(node, values, key);
        }

        return list;
    }

    public static void Empty(YamlNode node, FrontMatterValues values, string key, string thaiHint = "", string englishHint = "") =>
        values.Report(Diagnostic.Error(DiagnosticCode.EmptyRequiredValue, values.Location(node),
            $"'{key}' ว่างอยู่ ต้องกรอกข้อมูล{thaiHint}", $"'{key}' is empty; it must be filled in{englishHint}"));

    /// <summary>A number of copies or originals: a whole number, zero or more.</summary>
    public static int? Count(YamlNode node, FrontMatterValues values, string key)
    {
        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        values.InvalidValue(node, key, "จำนวนเต็มตั้งแต่ 0 ขึ้นไป", "a whole number, 0 or more");
        return null;
    }

    /// <summary>An amount of money in baht: a number, zero or more.</summary>
    public static decimal? Amount(YamlNode node, FrontMatterValues values, string key)
    {
        if (node is YamlScalarNode { Value: { } text }
            && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        values.InvalidValue(node, key, "จำนวนเงิน (บาท) ตั้งแต่ 0 ขึ้นไป เช่น 20 หรือ 12.50", "an amount in baht, 0 or more, e.g. 20 or 12.50");
        return null;
    }

    /// <summary>A phone number as written, with its <c>tel:</c> link: <c>{text, tel}</c>.</summary>
    public static Dictionary<string, object?>? Phone(YamlNode node, FrontMatterValues values, string key)
    {
        if (RequiredText(node, values, key) is not { } text)
        {
            return null;
        }

        if (node is YamlScalarNode scalar && YamlDocumentReader.IsPlain(scalar) && text.StartsWith('0') && text.All(char.IsAsciiDigit))
        {
            values.Report(Diagnostic.Error(DiagnosticCode.InvalidContact, values.Location(node),
                $"หมายเลขโทรศัพท์ {text} ของ '{key}' ต้องอยู่ในเครื่องหมายคำพูด เช่น \"{text}\" มิฉะนั้น YAML จะอ่านเป็นตัวเลขและเลข 0 ตัวแรกหายไป",
                $"'{key}' phone number {text} must be quoted, e.g. \"{text}\"; unquoted, YAML reads it as a number and drops the leading 0"));
            return null;
        }

        if (ContactValues.TelUri(text) is { } tel)
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal) { ["text"] = text, ["tel"] = tel };
        }

        values.Report(Diagnostic.Error(DiagnosticCode.InvalidContact, values.Location(node),
            $"หมายเลขโทรศัพท์ '{text}' ของ '{key}' ไม่ถูกต้อง ต้องเป็นสายด่วน 4 หลัก (เช่น 1567) หรือเลข 9–10 หลักที่ขึ้นต้นด้วย 0 (เช่น 0 3875 0653)",
            $"'{key}' phone number '{text}' is not valid: use a 4-digit hotline (e.g. 1567) or 9–10 digits starting with 0 (e.g. 0 3875 0653)"));
        return null;
    }

    public static string? Email(YamlNode node, FrontMatterValues values, string key)
    {
        if (RequiredText(node, values, key) is not { } text)
        {
            return null;
        }

        if (ContactValues.IsEmail(text))
        {
            return text.Trim();
        }

        values.Report(Diagnostic.Error(DiagnosticCode.InvalidContact, values.Location(node),
            $"อีเมล '{text}' ของ '{key}' ไม่ถูกต้อง ต้องเป็นแบบ ชื่อ@โดเมน เช่น saraban@example.go.th",
            $"'{key}' e-mail address '{text}' is not valid; use name@domain, e.g. saraban@example.go.th"));
        return null;
    }

    public static string? WebAddress(YamlNode node, FrontMatterValues values, string key)
    {
        if (RequiredText(node, values, key) is not { } text)
        {
            return null;
        }

        if (ContactValues.IsWebAddress(text))
        {
            return text.Trim();
        }

        values.Report(Diagnostic.Error(DiagnosticCode.InvalidContact, values.Location(node),
            $"ที่อยู่เว็บ '{text}' ของ '{key}' ไม่ถูกต้อง ต้องขึ้นต้นด้วย https:// หรือเป็นหน้าในเว็บไซต์นี้ที่ขึ้นต้นด้วย /",
            $"'{key}' web address '{text}' is not valid; use a full https:// address or a path on this site starting with /"));
        return null;
    }
}
