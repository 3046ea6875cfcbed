using System.Globalization;
using Portal.Diagnostics;
using Portal.Thai;
using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>Turns a page's YAML front matter into a typed <see cref="FrontMatter"/>, reporting every problem it finds.</summary>
public static class FrontMatterReader
{
    public static FrontMatter Read(SourceFile file, ICollection<Diagnostic> diagnostics)
    {
        var split = FrontMatterSplitter.Split(file.Text);
        var fileStart = new SourceLocation(file.DisplayPath);
        if (split.Unterminated)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.UnterminatedFrontMatter, fileStart,
                "ส่วนหัว (front matter) เปิดด้วย --- แต่ไม่มี --- ปิด",
                "front matter starts with --- but has no closing --- line"));
            return new FrontMatter();
        }

        if (split.Yaml is null)
        {
            diagnostics.Add(MissingTitle(fileStart));
            return new FrontMatter();
        }

        var problemsBefore = diagnostics.Count;
        var root = YamlDocumentReader.Read(split.Yaml, file.DisplayPath, split.YamlFirstLine, diagnostics);
        if (root is null)
        {
            if (diagnostics.Count == problemsBefore)
            {
                diagnostics.Add(MissingTitle(fileStart));
            }

            return new FrontMatter();
        }

        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.InvalidYaml,
                YamlDocumentReader.LocationOf(root, file.DisplayPath, split.YamlFirstLine),
                "ส่วนหัวต้องเป็นรายการ key: value", "front matter must be a mapping of key: value"));
            return new FrontMatter();
        }

        return new Mapper(file.DisplayPath, split.YamlFirstLine, diagnostics).Map(mapping, fileStart);
    }

    private static Diagnostic MissingTitle(SourceLocation location) =>
        Diagnostic.Error(DiagnosticCode.MissingTitle, location,
            "หน้านี้ไม่มีชื่อเรื่อง ให้เพิ่ม title: ในส่วนหัว", "the page has no title: add 'title:' to the front matter");

    private sealed class Mapper(string path, int firstLine, ICollection<Diagnostic> diagnostics)
    {
        /// <summary>Gregorian years this high are Buddhist-era years typed by mistake (2566 is 2023).</summary>
        private const int BuddhistYearsStart = 2400;

        public FrontMatter Map(YamlMappingNode mapping, SourceLocation fileStart)
        {
            var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            var result = new FrontMatter();
            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = keyNode is YamlScalarNode k ? k.Value ?? "" : "";
                var keyLocation = Location(keyNode);
                if (!FrontMatterKeys.All.Contains(key))
                {
                    ReportUnknownKey(key, FrontMatterKeys.All, keyLocation);
                    continue;
                }

                locations[key] = keyLocation;
                result = key switch
                {
                    FrontMatterKeys.Title => result with { Title = Text(value, key) ?? "" },
                    FrontMatterKeys.Description => result with { Description = Text(value, key) },
                    FrontMatterKeys.Date => result with { Date = Date(value, key) },
                    FrontMatterKeys.Updated => result with { Updated = Date(value, key) },
                    FrontMatterKeys.Layout => result with { Layout = Text(value, key) },
                    FrontMatterKeys.Draft => result with { Draft = Boolean(value, key) },
                    FrontMatterKeys.Tags => result with { Tags = TextList(value, key) },
                    FrontMatterKeys.Order => result with { Order = Integer(value, key) },
                    FrontMatterKeys.FiscalYear => result with { FiscalYearOverride = FiscalYearValue(value, key) },
                    FrontMatterKeys.Attachments => result with { Attachments = Attachments(value) },
                    FrontMatterKeys.Oit => result with { Oit = TextList(value, key) },
                    _ => result,
                };
            }

            if (string.IsNullOrWhiteSpace(result.Title))
            {
                diagnostics.Add(MissingTitle(locations.GetValueOrDefault(FrontMatterKeys.Title, fileStart)));
            }

            if (LayoutSchemas.For(result.Layout) is { } schema)
            {
                foreach (var key in schema.RequiredKeys.Where(k => !locations.ContainsKey(k)))
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCode.MissingRequiredKey, locations[FrontMatterKeys.Layout],
                        $"หน้าแบบ{schema.ThaiName} (layout: {schema.Layout}) ต้องมี '{key}'",
                        $"a page with layout '{schema.Layout}' needs '{key}'"));
                }
            }

            return result with { KeyLocations = locations };
        }

        private SourceLocation Location(YamlNode node) => YamlDocumentReader.LocationOf(node, path, firstLine);

        private void ReportUnknownKey(string key, IReadOnlyCollection<string> known, SourceLocation location)
        {
            var (thaiHint, englishHint) = DidYouMean.Hint(key, known);
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.UnknownKey, location,
                $"ไม่รู้จักคีย์ '{key}'{thaiHint}", $"unknown front-matter key '{key}'{englishHint}"));
        }

        private void InvalidValue(YamlNode node, string key, string thaiExpected, string englishExpected) =>
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.InvalidValue, Location(node),
                $"ค่าของ '{key}' ต้องเป็น{thaiExpected}", $"'{key}' must be {englishExpected}"));

        private string? Text(YamlNode node, string key)
        {
            if (node is YamlScalarNode scalar)
            {
                return YamlDocumentReader.IsNull(scalar) ? null : ThaiText.Normalize(scalar.Value ?? "");
            }

            InvalidValue(node, key, "ข้อความ", "text");
            return null;
        }

        private IReadOnlyList<string> TextList(YamlNode node, string key)
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

        private DateOnly? Date(YamlNode node, string key)
        {
            if (node is YamlScalarNode { Value: { } text } && ThaiDate.TryParseIso(text.Trim(), out var date))
            {
                if (date.Year < BuddhistYearsStart)
                {
                    return date;
                }

                diagnostics.Add(Diagnostic.Error(DiagnosticCode.InvalidDate, Location(node),
                    $"วันที่ '{text}' ของ '{key}' ใช้ปี พ.ศ. ให้เขียนปี ค.ศ. เช่น {date.Year - FiscalYear.BuddhistEraOffset}{text.Trim()[4..]} (เว็บไซต์จะแสดงเป็น พ.ศ. เอง)",
                    $"'{key}' value '{text}' has a Buddhist-era year; write the Gregorian year, e.g. {date.Year - FiscalYear.BuddhistEraOffset}{text.Trim()[4..]} (readers see the Buddhist era)"));
                return null;
            }

            var shown = node is YamlScalarNode s ? s.Value : node.ToString();
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.InvalidDate, Location(node),
                $"วันที่ '{shown}' ของ '{key}' ไม่ถูกต้อง ต้องเป็นวันที่จริงแบบ ค.ศ. ปปปป-ดด-วว เช่น 2023-02-15",
                $"'{key}' value '{shown}' is not a valid date; use a real Gregorian date as YYYY-MM-DD, e.g. 2023-02-15"));
            return null;
        }

        private bool Boolean(YamlNode node, string key)
        {
            if (node is YamlScalarNode { Value: { } text } scalar && YamlDocumentReader.IsPlain(scalar) && bool.TryParse(text, out var value))
            {
                return value;
            }

            InvalidValue(node, key, " true หรือ false", "true or false");
            return false;
        }

        private int? Integer(YamlNode node, string key)
        {
            if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            InvalidValue(node, key, "จำนวนเต็ม", "a whole number");
            return null;
        }

        private FiscalYear? FiscalYearValue(YamlNode node, string key)
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

        private IReadOnlyList<AttachmentReference> Attachments(YamlNode node)
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
                            ReportUnknownKey(key, FrontMatterKeys.Attachment.All, Location(keyNode));
                            break;
                    }
                }

                if (file is null)
                {
                    InvalidValue(item, "attachments.file", "ชื่อไฟล์ใต้ input/files/", "a file path under input/files/");
                    continue;
                }

                attachments.Add(new AttachmentReference(file, title ?? Path.GetFileName(file), Location(item)));
            }

            return attachments;
        }
    }
}
