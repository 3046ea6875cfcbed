using System.ComponentModel;
using Portal.Commands;
using Spectre.Console.Cli;

namespace Portal.Cli.Commands;

internal sealed class ServeSettings : SourceFolderSettings
{
    [CommandOption("--port <PORT>")]
    [Description("พอร์ตที่ 127.0.0.1 (the port on 127.0.0.1)")]
    [DefaultValue(5080)]
    public int Port { get; init; } = 5080;

    [CommandOption("--drafts")]
    [Description("แสดงหน้าที่มี draft: true ด้วย (show pages marked draft: true too)")]
    public bool Drafts { get; init; }

    [CommandOption("--cms")]
    [Description("เปิดหน้าแก้ไขเนื้อหา /admin/ ที่บันทึกลงโฟลเดอร์เนื้อหาในเครื่องนี้ (ต้องติดตั้ง npm ci --prefix tools/decap-server) (serve the web editor at /admin/, saving into the input folder here; needs npm ci --prefix tools/decap-server)")]
    public bool Cms { get; init; }

    [CommandOption("--cms-review")]
    [Description("เหมือน --cms แต่ทุกการบันทึกเป็นกิ่งใน git ของโฟลเดอร์นี้และส่งตรวจได้ แบบเว็บไซต์จริง (บันทึกงานใน git ก่อน) (like --cms, but each save is a git branch here with the live site's review workflow; commit your work first)")]
    public bool CmsReview { get; init; }

    public override Spectre.Console.ValidationResult Validate() => Port is >= 0 and <= 65535
        ? Spectre.Console.ValidationResult.Success()
        : Spectre.Console.ValidationResult.Error($"--port {Port}: ใช้ได้ 0 ถึง 65535 (must be 0 to 65535)");
}
