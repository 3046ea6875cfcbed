using Portal.Content;
using Portal.Features.Citizen;
using Portal.Kinds;
using Portal.Site;
using YamlDotNet.RepresentationModel;

namespace Portal.Features.Citizen;

/// <summary>
/// A citizen service manual (คู่มือสำหรับประชาชน, Licensing Facilitation Act B.E. 2558): the responsible unit,
/// where and when to apply, the steps with their time and unit, the documents, the fees and the legal basis.
/// Every part is required, so a manual never goes out without its fees or its documents; "none" is written
/// out (<c>documents: ไม่มี</c>, <c>fees: ไม่มีค่าธรรมเนียม</c>) rather than left empty. Forms are the common
/// <c>attachments</c>. <c>input/services/_defaults.yml</c> makes every page there a manual.
/// </summary>
internal sealed class ServiceKind : PageKind
{
    public const string NoDocuments = "ไม่มี";
    public const string NoFees = "ไม่มีค่าธรรมเนียม";

    private static readonly Member[] ChannelMembers =
    [
        new("place", true, StructuredValues.RequiredTextReader) { Label = "สถานที่ยื่นคำขอ", Hint = "เช่น งานทะเบียนราษฎร ชั้น 1 สำนักงานเทศบาล" },
        new("hours", true, StructuredValues.RequiredTextReader) { Label = "วันและเวลาที่ยื่นได้", Hint = "เช่น จันทร์–ศุกร์ 08.30–16.30 น. (เว้นวันหยุดราชการ)" },
        new("phone", false, StructuredValues.PhoneReader) { Label = "โทรศัพท์ (ถ้ามี)", Hint = "เช่น 0 3875 0653 หรือสายด่วน 4 หลัก" },
        new("link", false, StructuredValues.WebAddressReader) { Label = "ยื่นทางเว็บไซต์ (ถ้ามี)", Hint = "ที่อยู่เต็มที่ขึ้นต้นด้วย https:// หรือหน้าในเว็บไซต์นี้ที่ขึ้นต้นด้วย /" },
    ];

    private static readonly Member[] DocumentMembers =
    [
        new("name", true, StructuredValues.RequiredTextReader) { Label = "ชื่อเอกสาร", Hint = "เช่น บัตรประจำตัวประชาชน" },
        new("originals", false, StructuredValues.CountReader, FieldType.WholeNumber) { Label = "ฉบับจริง (จำนวน)", Hint = "เว้นว่างถ้าไม่ต้องใช้ฉบับจริง" },
        new("copies", true, StructuredValues.CountReader, FieldType.WholeNumber) { Label = "สำเนา (จำนวน)", Hint = "ใส่ 0 ถ้าไม่ต้องใช้สำเนา" },
        new("issuer", false, StructuredValues.TextReader) { Label = "หน่วยงานที่ออกเอกสาร (ถ้ามี)", Hint = "เช่น กรมการปกครอง" },
    ];

    private static readonly Member[] FeeMembers =
    [
        new("item", true, StructuredValues.RequiredTextReader) { Label = "รายการค่าธรรมเนียม", Hint = "เช่น ค่าคัดสำเนาทะเบียนบ้าน" },
        new("amount", true, (node, values, key) => StructuredValues.Amount(node, values, key), FieldType.Number) { Label = "จำนวนเงิน (บาท)", Hint = "ตัวเลขเท่านั้น เช่น 20 หรือ 12.50" },
    ];

    public override string Name => "service";

    public override string ThaiName => "คู่มือสำหรับประชาชน";

    public override IReadOnlyList<FrontMatterField> Fields =>
    [
        new("unit", FieldType.Text, "หน่วยงานที่รับผิดชอบงานบริการนี้ เช่น สำนักปลัดเทศบาล (หน้า /services/ จัดกลุ่มตามหน่วยงานนี้)",
            (node, values) => StructuredValues.RequiredText(node, values, "unit")),
        new("channels", FieldType.Structured, "สถานที่และเวลายื่นคำขอ: รายการของ {place: สถานที่, hours: วันและเวลา, phone: โทรศัพท์ (ถ้ามี), link: เว็บ (ถ้ามี)}",
            (node, values) => StructuredValues.MappingList(node, values, "channels", ChannelMembers))
        {
            Label = "สถานที่และเวลายื่นคำขอ",
            ItemLabel = "สถานที่ยื่นคำขอ",
            Example = $"\n  - place: {Placeholder.Yaml("สถานที่ยื่นคำขอ")}\n    hours: {Placeholder.Yaml("วันและเวลาที่ยื่นได้")}",
            Form = new(IsList: true, ChannelMembers),
        },
        FrontMatterField.Text("conditions", "หลักเกณฑ์ วิธีการ และเงื่อนไขในการยื่นคำขอ (ถ้ามี)"),
        new("steps", FieldType.Structured, "ขั้นตอน: " + ProcedureSteps.ThaiShape,
            (node, values) => ProcedureSteps.Read(node, values, "steps"))
        {
            Label = "ขั้นตอนการให้บริการ",
            ItemLabel = "ขั้นตอน",
            Example = $"\n  - title: {Placeholder.Yaml("ขั้นตอนแรก")}\n    duration: {Placeholder.Yaml("ระยะเวลา เช่น 1 วันทำการ")}\n    unit: {Placeholder.Yaml("หน่วยงานที่รับผิดชอบ")}",
            Form = new(IsList: true, ProcedureSteps.Members),
        },
        new("documents", FieldType.Structured, $"เอกสารที่ต้องใช้: รายการของ {{name: ชื่อเอกสาร, originals: ฉบับจริง, copies: สำเนา, issuer: หน่วยงานที่ออก}} หรือเขียน '{NoDocuments}'",
            (node, values) => ReadDocuments(node, values))
        {
            Label = "เอกสารที่ต้องใช้",
            ItemLabel = "เอกสาร",
            None = NoDocuments,
            Example = $"\n  - name: {Placeholder.Yaml("ชื่อเอกสาร")}\n    copies: {Placeholder.Yaml("จำนวนสำเนา")}",
            Form = new(IsList: true, DocumentMembers),
        },
        new("fees", FieldType.Structured, $"ค่าธรรมเนียม: รายการของ {{item: รายการ, amount: จำนวนเงิน (บาท)}} หรือเขียน '{NoFees}'",
            (node, values) => ReadFees(node, values))
        {
            Label = "ค่าธรรมเนียม",
            ItemLabel = "ค่าธรรมเนียม",
            None = NoFees,
            Example = $"\n  - item: {Placeholder.Yaml("รายการ")}\n    amount: {Placeholder.Yaml("จำนวนเงิน (บาท)")}",
            Form = new(IsList: true, FeeMembers),
        },
        new("legal_basis", FieldType.TextList, "กฎหมายที่ให้อำนาจหรือที่เกี่ยวข้อง: รายการชื่อกฎหมาย",
            (node, values) => StructuredValues.RequiredTextList(node, values, "legal_basis")),
    ];

    public override IReadOnlyList<string> RequiredKeys => ["unit", "channels", "steps", "documents", "fees", "legal_basis"];

    /// <summary>Each field under its key, and <c>total_duration</c>: the steps' times added up per unit.</summary>
    public override IEnumerable<KeyValuePair<string, object?>> TemplateValues(Page page)
    {
        var steps = page.FrontMatter.Fields.GetValueOrDefault("steps") as IReadOnlyList<Dictionary<string, object?>> ?? [];
        return base.TemplateValues(page).Append(KeyValuePair.Create<string, object?>("total_duration", ProcedureSteps.Total(steps)));
    }

    /// <summary>The documents, or an empty list for "ไม่มี" written out; an empty list in the file is a mistake.</summary>
    private static IReadOnlyList<Dictionary<string, object?>> ReadDocuments(YamlNode node, FrontMatterValues values) =>
        IsNone(node, NoDocuments) ? [] : StructuredValues.MappingList(node, values, "documents", DocumentMembers,
            $" หรือเขียน '{NoDocuments}' เมื่อไม่ต้องใช้เอกสาร", $", or write '{NoDocuments}' when no document is needed");

    private static IReadOnlyList<Dictionary<string, object?>> ReadFees(YamlNode node, FrontMatterValues values) =>
        IsNone(node, NoFees) || IsNone(node, NoDocuments) ? [] : StructuredValues.MappingList(node, values, "fees", FeeMembers,
            $" หรือเขียน '{NoFees}' เมื่อไม่มีค่าธรรมเนียม", $", or write '{NoFees}' when there is no fee");

    private static bool IsNone(YamlNode node, string none) => node is YamlScalarNode { Value: { } text } && text.Trim() == none;
}
