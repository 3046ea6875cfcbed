using System.ComponentModel;
using Spectre.Console.Cli;

namespace Portal.Commands;

/// <summary>The content and theme folders, for every command that reads the site.</summary>
public class SourceFolderSettings : PortalSettings
{
    [CommandOption("--input <FOLDER>")]
    [Description("โฟลเดอร์เนื้อหา (the content folder)")]
    [DefaultValue("input")]
    public string Input { get; init; } = "input";

    [CommandOption("--theme <FOLDER>")]
    [Description("โฟลเดอร์ธีมของเว็บไซต์: ไฟล์ในนี้ใช้แทนไฟล์ที่ชื่อเดียวกันของธีมในตัว ไม่มีโฟลเดอร์ theme ก็ได้ (the site's theme folder: its files replace the built-in theme's files of the same path; theme/ may be absent)")]
    [DefaultValue("theme")]
    public string Theme { get; init; } = "theme";
}
