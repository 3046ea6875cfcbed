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
    [Description("โฟลเดอร์ธีม (the theme folder)")]
    [DefaultValue("theme")]
    public string Theme { get; init; } = "theme";
}
