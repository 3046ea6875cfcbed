using Portal.Content;
using Portal.Features.Oit;
using Portal.Kinds;
using Portal.Thai;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Features.Editor;

/// <summary>
/// The form of one page kind in Decap's terms: the common front-matter keys and the kind's own, each typed from its
/// <see cref="FieldType"/> (dates as date pickers, lists as lists, structured values as nested forms), required exactly
/// when the kind requires the key, and the OIT claims as a select whose options come from the catalogs.
/// <c>layout</c> and <c>kind</c> are not offered: a section's folder defaults decide them.
/// </summary>
/// <param name="filesFolder">Where attachments live, from the repository root (<c>input/files</c>); a file field saves the path below it, as <c>attachments</c> expects.</param>
internal sealed class CmsFields(IReadOnlyList<OitCatalog> catalogs, string filesFolder)
{
    private static readonly (string Key, string Label, FieldType Type)[] Common =
    [
        (FrontMatterKeys.Title, "ชื่อเรื่อง", FieldType.Text),
        (FrontMatterKeys.Description, "คำอธิบายสั้น ๆ (แสดงในผลการค้นหาและเมื่อแชร์ลิงก์)", FieldType.Text),
        (FrontMatterKeys.Date, "วันที่ของเนื้อหา", FieldType.Date),
        (FrontMatterKeys.Updated, "วันที่แก้ไขสาระครั้งล่าสุด", FieldType.Date),
        (FrontMatterKeys.Tags, "คำสำคัญ", FieldType.TextList),
        (FrontMatterKeys.FiscalYear, "ปีงบประมาณ (พ.ศ.) ถ้าไม่ใช่ปีของวันที่", FieldType.WholeNumber),
        (FrontMatterKeys.Order, "ลำดับในรายการของหมวด (เลขน้อยแสดงก่อน)", FieldType.WholeNumber),
    ];

    /// <summary>The widget of a list that may instead be a kind's "none" text, registered by portal-cms.js.</summary>
    public const string ListOrNone = "list-or-none";

    /// <summary>
    /// The widget of a date, registered by portal-cms.js: typed as day/month/year (Buddhist or Gregorian year), saved as
    /// YYYY-MM-DD. Decap's own shows the browser's order (often month first) and "UTC" beside it.
    /// </summary>
    public const string ThaiDate = "thai-date";

    /// <summary>One node for every OIT select, written once with an anchor and referred to by alias: the options are hundreds of lines.</summary>
    private YamlSequenceNode? _oitOptions;

    /// <summary>The fields of a page of <paramref name="kind"/>, then the body.</summary>
    public IEnumerable<YamlMappingNode> For(PageKind kind)
    {
        bool Required(string key) => key == FrontMatterKeys.Title || kind.RequiredKeys.Contains(key);
        foreach (var (key, label, type) in Common)
        {
            yield return Field(key, label, hint: null, type, Required(key));
        }

        foreach (var field in kind.Fields)
        {
            var hint = field.Label is null ? null : field.ThaiHelp;
            yield return field.Form is { } form
                ? Structured(field, form, Required(field.Key))
                : Field(field.Key, field.Label ?? field.ThaiHelp, hint, field.Type, Required(field.Key));
        }

        yield return Attachments(Required(FrontMatterKeys.Attachments));
        yield return OitSelect(OitClaims.Key, "ข้อ OIT ที่หน้านี้เป็นหลักฐาน", Required(OitClaims.Key));
        yield return CmsYaml.Map(("name", FrontMatterKeys.Draft), ("label", "ฉบับร่าง (ยังไม่เผยแพร่)"), ("widget", "boolean"), ("required", "false"));
        yield return CmsYaml.Map(("name", "body"), ("label", "เนื้อหา"), ("widget", "markdown"), ("required", "false"));
    }

    /// <summary>
    /// The short English name a new file gets (<see cref="PageSlug"/>), offered filled in; not required, so a page made
    /// before the field existed still saves. Once the page is published its URL stays, so this is the one time to choose.
    /// </summary>
    public static YamlMappingNode Slug(string defaultValue)
    {
        var field = CmsYaml.Map(("name", FrontMatterKeys.Slug), ("label", "ชื่อไฟล์ภาษาอังกฤษ (ใช้เป็นที่อยู่เว็บของหน้า)"),
            ("hint", "อักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) เช่น water-permit ตั้งครั้งเดียวตอนสร้างหน้า ที่อยู่เว็บที่เผยแพร่แล้วเปลี่ยนไม่ได้"),
            ("widget", "string"), ("default", defaultValue), ("required", "false"));
        field.Add("pattern", new YamlSequenceNode(CmsYaml.Scalar(PageSlug.Pattern),
            CmsYaml.Scalar("ใช้ได้เฉพาะอักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) เช่น water-permit")));
        return field;
    }

    /// <summary>Each option is a claim as staff write it, labelled "2566/O42 — ชื่อรายการ"; a monthly item has one option per month of its year.</summary>
    public IEnumerable<(string Value, string Label)> OitOptions() =>
        catalogs.OrderBy(c => c.Year).SelectMany(catalog => catalog.Items.SelectMany(item => item.Period == OitPeriod.Monthly
            ? OitMonths.Of(new FiscalYear(catalog.Year)).Select(month => new OitClaim(catalog.Year, item.Code, month, default))
                .Select(claim => (claim.Text, $"{claim.Text} — {item.Title} ({OitMonths.ThaiMonthYear(claim.Month!.Value)})"))
            : [($"{catalog.Year}/{item.Code}", $"{catalog.Year}/{item.Code} — {item.Title}")]));

    private YamlMappingNode OitSelect(string key, string label, bool required)
    {
        var options = _oitOptions ??= new YamlSequenceNode(OitOptions().Select(o => CmsYaml.Map(("label", o.Label), ("value", o.Value))))
        {
            Anchor = new AnchorName("oit_options"),
        };
        var field = CmsYaml.Map(("name", key), ("label", label), ("widget", "select"), ("multiple", "true"), ("required", Flag(required)));
        field.Add("options", options);
        return field;
    }

    private YamlMappingNode Attachments(bool required)
    {
        var file = CmsYaml.Map(("name", FrontMatterKeys.Attachment.File), ("label", "ไฟล์ (PDF, Word, Excel ฯลฯ)"), ("widget", "file"),
            ("media_folder", "/" + filesFolder), ("public_folder", ""), ("required", "true"));
        // Without a title the check shows the file's name, so the form does not insist on one.
        var title = CmsYaml.Map(("name", FrontMatterKeys.Attachment.Title), ("label", "ชื่อเอกสารที่แสดง (ไม่ใส่ = ใช้ชื่อไฟล์)"), ("widget", "string"), ("required", "false"));
        var oit = OitSelect(OitClaims.Key, "ข้อ OIT ที่ไฟล์นี้เป็นหลักฐาน", required: false);
        var field = CmsYaml.Map(("name", FrontMatterKeys.Attachments), ("label", "ไฟล์แนบ"), ("widget", "list"), ("required", Flag(required)));
        field.Add("fields", new YamlSequenceNode(file, title, oit));
        return field;
    }

    /// <summary>
    /// A nested form. A field's "there is none" text (<see cref="FrontMatterField.None"/>) makes a list also offer it as a
    /// checkbox (portal-cms.js's <c>list-or-none</c>); its item label names the list's "add" button and each collapsed item,
    /// which shows its first member. Its help is not shown: it spells the YAML keys, and each member has a label and hint.
    /// </summary>
    private static YamlMappingNode Structured(FrontMatterField source, StructuredForm form, bool required)
    {
        var widget = !form.IsList ? "object" : source.None is null ? "list" : ListOrNone;
        var field = CmsYaml.Map(("name", source.Key), ("label", source.Label ?? source.ThaiHelp), ("widget", widget), ("required", Flag(required)));
        if (source.None is not null)
        {
            CmsYaml.Add(field, ("none", source.None));
        }

        if (form.IsList)
        {
            CmsYaml.Add(field, ("label_singular", source.ItemLabel ?? source.Label ?? source.Key), ("summary", $"{{{{fields.{form.Members[0].Key}}}}}"));
        }

        if (form.IsList && required)
        {
            field.Add("min", "1");
        }

        field.Add("fields", new YamlSequenceNode(form.Members.Select(m => Field(m.Key, m.Label ?? m.Key, m.Hint, m.Type, m.Required))));
        return field;
    }

    private static YamlMappingNode Field(string key, string label, string? hint, FieldType type, bool required)
    {
        var field = CmsYaml.Map(("name", key), ("label", label));
        if (hint is not null)
        {
            CmsYaml.Add(field, ("hint", hint));
        }

        switch (type)
        {
            case FieldType.Date:
                CmsYaml.Add(field, ("widget", ThaiDate));
                break;
            case FieldType.TextList:
                CmsYaml.Add(field, ("widget", "list"));
                break;
            case FieldType.WholeNumber:
                CmsYaml.Add(field, ("widget", "number"), ("value_type", "int"));
                break;
            case FieldType.Number:
                CmsYaml.Add(field, ("widget", "number"), ("value_type", "float"));
                break;
            case FieldType.Boolean:
                CmsYaml.Add(field, ("widget", "boolean"));
                break;
            default:
                CmsYaml.Add(field, ("widget", key == FrontMatterKeys.Description ? "text" : "string"));
                break;
        }

        CmsYaml.Add(field, ("required", Flag(required)));
        return field;
    }

    private static string Flag(bool value) => value ? "true" : "false";
}
