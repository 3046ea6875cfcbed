using System.ComponentModel;
using Portal.Commands;
using Spectre.Console.Cli;

namespace Portal.Cli.Commands;

internal sealed class NewPageSettings : PortalSettings
{
    [CommandArgument(0, "<KIND>")]
    [Description("ชนิดของหน้า เช่น page หรือ news (the page kind, e.g. page or news)")]
    public string Kind { get; init; } = "";

    [CommandArgument(1, "<PATH>")]
    [Description("ที่อยู่ไฟล์ในโฟลเดอร์เนื้อหา เช่น news/2568/open-day.md (the file inside the content folder)")]
    public string Path { get; init; } = "";

    [CommandOption("--input <FOLDER>")]
    [Description("โฟลเดอร์เนื้อหา (the content folder)")]
    [DefaultValue("input")]
    public string Input { get; init; } = "input";

    [CommandOption("--title <TITLE>")]
    [Description("ชื่อหน้า ถ้าไม่ระบุใช้ชื่อไฟล์ (the page's title; the file name when not given)")]
    public string? Title { get; init; }
}
