using System.ComponentModel;
using Portal.Commands;
using Spectre.Console.Cli;

namespace Portal.Features.NewSite;

internal sealed class InitSettings : PortalSettings
{
    [CommandArgument(0, "<FOLDER>")]
    [Description("โฟลเดอร์ของเว็บไซต์ใหม่ ต้องยังไม่มีหรือว่างอยู่ (the new site's folder: new or empty)")]
    public string Folder { get; init; } = "";

    [CommandOption("--name <NAME>")]
    [Description("ชื่อหน่วยงานภาษาไทย เช่น องค์การบริหารส่วนตำบลหนองไผ่ (the body's Thai name)")]
    public string? Name { get; init; }

    [CommandOption("--name-en <NAME>")]
    [Description("ชื่อหน่วยงานภาษาอังกฤษ ไม่บังคับ (the body's English name, optional)")]
    public string? NameEn { get; init; }

    [CommandOption("--kind <KIND>")]
    [Description("ประเภท: municipality (เทศบาล), subdistrict (อบต.), provincial (อบจ.) หรือ agency (อื่น ๆ) (the kind of body)")]
    public string? Kind { get; init; }

    [CommandOption("--province <PROVINCE>")]
    [Description("จังหวัด ภาษาไทย เช่น เชียงใหม่ หรือ กรุงเทพมหานคร (the province, in Thai)")]
    public string? Province { get; init; }

    [CommandOption("--url <URL>")]
    [Description("ที่อยู่เว็บไซต์แบบเต็ม เช่น https://www.nongphai.go.th (the site's absolute https address)")]
    public string? Url { get; init; }

    [CommandOption("--as-of <DATE>")]
    [Description("วันที่ที่ใช้หาปีงบประมาณปัจจุบัน แบบ ค.ศ. ปปปป-ดด-วว ค่าเริ่มต้นจาก SOURCE_DATE_EPOCH หรือนาฬิกาเครื่อง (the day whose fiscal year gets a catalog; default: SOURCE_DATE_EPOCH or the clock)")]
    public string? AsOf { get; init; }
}
