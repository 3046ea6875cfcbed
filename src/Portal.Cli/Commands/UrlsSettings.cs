using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Portal.Cli.Commands;

internal sealed class UrlsSettings : PortalSettings
{
    [CommandOption("--record")]
    [Description("เพิ่ม URL ใหม่ของเว็บไซต์ลงใน input/_data/published-urls.txt (add the site's new URLs to input/_data/published-urls.txt)")]
    public bool Record { get; init; }

    [CommandOption("--input <FOLDER>")]
    [Description("โฟลเดอร์เนื้อหา (the content folder)")]
    [DefaultValue("input")]
    public string Input { get; init; } = "input";

    [CommandOption("--theme <FOLDER>")]
    [Description("โฟลเดอร์ธีม (the theme folder)")]
    [DefaultValue("theme")]
    public string Theme { get; init; } = "theme";

    public override ValidationResult Validate() =>
        Record ? ValidationResult.Success() : ValidationResult.Error("ต้องระบุ --record (give --record)");
}
