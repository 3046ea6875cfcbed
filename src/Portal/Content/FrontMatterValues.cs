using System.Globalization;
using Portal.Diagnostics;
using Portal.Extensions;
using Portal.Thai;
using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>
/// Typed readers for front-matter values. Each reports a wrong value at its own line and returns a
/// harmless default, so one page can report all its problems at once. Page kinds read their own
/// fields with these, so every kind's values follow the same rules.
/// </summary>
public sealed class FrontMatterValues(YamlSource source, ICollection<Diagnostic> diagnostics)
{
    /// <summary>Gregorian years this high are Buddhist-era years typed by mistake (2566 is 2023).</summary>
    private const int BuddhistYearsStart = 2400;

    public YamlSource Source => source;

    public SourceLocation Location(YamlNode node) => source.Location(node);

    /// <summary>A problem a kind's own reader finds (an empty value, a bad duration), reported beside the readers' own.</summary>
    public void Report(Diagnostic diagnostic) => diagnostics.Add(diagnostic);

    public void ReportUnknownKey(string key, IReadOnlyCollection<string> known, SourceLocation location)
    {
        var (thaiHint, englishHint) = DidYouMean.Hint(key, known);
        diagnostics.Add(Diagnostic.Error(DiagnosticCode.UnknownKey, location,
            $"ไม่รู้จักคีย์ '{key}'{thaiHint}", $"unknown front-matter key '{key}'{englishHint}"));
    }

    public void InvalidValue(YamlNode node, string key, string thaiExpected, string englishExpected) =>
        diagnostics.Add(Diagnostic.Error(DiagnosticCode.InvalidValue, Location(node),
            $"ค่าของ '{key}' ต้องเป็น{thaiExpected}", $"'{key}' must be {englishExpected}"));

    public string? Text(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar)
        {
            return YamlDocumentReader.IsNull(scalar) ? null : ThaiText.Normalize(scalar.Value ?? "");
        }

        InvalidValue(node, key, "ข้อความ", "text");
        return null;
    }

    public IReadOnlyList<string> TextList(YamlNode node, string key)
    {
        if (node is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode))
        {
            return [.. sequence.Children.Cast<YamlScalarNode>()
                .Select(s => ThaiText.Normalize(s.Value ?? ""))
                .Where(s => s.Length > 0)];
        }

        InvalidValue(node, key, "รายการข้อความ เช่น [ก, ข]", "a list of text, e.g. [a, b]");
        return [];
    }

    public DateOnly? Date(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } text } && ThaiDate.TryParseIso(text.Trim(), out var date))
        {
            if (date.Year < BuddhistYearsStart)
            {
                return date;
            }

            diagnostics.Add(Diagnostic.Error(DiagnosticCode.InvalidDate, Location(node),
                $"วันที่ '{text}' ของ '{key}' ใช้ปี พ.ศ. ให้เขียนปี ค.ศ. เช่น {date.Year - Thai.FiscalYear.BuddhistEraOffset}{text.Trim()[4..]} (เว็บไซต์จะแสดงเป็น พ.ศ. เอง)",
                $"'{key}' value '{text}' has a Buddhist-era year; write the Gregorian year, e.g. {date.Year - Thai.FiscalYear.BuddhistEraOffset}{text.Trim()[4..]} (readers see the Buddhist era)"));
            return null;
        }

        var shown = node is YamlScalarNode s ? s.Value : node.ToString();
        diagnostics.Add(Diagnostic.Error(DiagnosticCode.InvalidDate, Location(node),
            $"วันที่ '{shown}' ของ '{key}' ไม่ถูกต้อง ต้องเป็นวันที่จริงแบบ ค.ศ. ปปปป-ดด-วว เช่น 2023-02-15",
            $"'{key}' value '{shown}' is not a valid date; use a real Gregorian date as YYYY-MM-DD, e.g. 2023-02-15"));
        return null;
    }

    public bool Boolean(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } text } scalar && YamlDocumentReader.IsPlain(scalar) && bool.TryParse(text, out var value))
        {
            return value;
        }

        InvalidValue(node, key, " true หรือ false", "true or false");
        return false;
    }

    public int? WholeNumber(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        InvalidValue(node, key, "จำนวนเต็ม", "a whole number");
        return null;
    }

    public FiscalYear? FiscalYear(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } text }
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 2400 and <= 2800)
        {
            return new FiscalYear(year);
        }

        InvalidValue(node, key, "ปีงบประมาณแบบ พ.ศ. เช่น 2566", "a Buddhist-era fiscal year, e.g. 2566");
        return null;
    }

    public IReadOnlyList<AttachmentReference> Attachments(YamlNode node, IReadOnlyList<SharedFrontMatterKey> sharedKeys)
    {
        if (node is not YamlSequenceNode sequence)
        {
            InvalidValue(node, FrontMatterKeys.Attachments, "รายการของ {file, title}", "a list of {file, title}");
            return [];
        }

        var attachments = new List<AttachmentReference>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                InvalidValue(item, FrontMatterKeys.Attachments, "รายการของ {file, title}", "a list of {file, title}");
                continue;
            }

            string? file = null;
            string? title = null;
            var extensions = FeatureData.Empty;
            foreach (var (keyNode, value) in entry.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                switch (key)
                {
                    case FrontMatterKeys.Attachment.File:
                        file = Text(value, "attachments.file");
                        break;
                    case FrontMatterKeys.Attachment.Title:
                        title = Text(value, "attachments.title");
                        break;
                    default:
                        if (sharedKeys.FirstOrDefault(k => k.Key == key) is { } shared)
                        {
                            extensions = SharedFrontMatterKey.Store(extensions, shared.Read(value, this, $"{FrontMatterKeys.Attachments}.{key}"));
                        }
                        else
                        {
                            ReportUnknownKey(key, [.. FrontMatterKeys.Attachment.All, .. sharedKeys.Select(k => k.Key)], Location(keyNode));
                        }

                        break;
                }
            }

            if (file is null)
            {
                InvalidValue(item, "attachments.file", "ชื่อไฟล์ใต้ input/files/", "a file path under input/files/");
                continue;
            }

            attachments.Add(new AttachmentReference(file, title ?? Path.GetFileName(file), Location(item)) { Extensions = extensions });
        }

        return attachments;
    }
}
