using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Portal.Cli.Commands;

internal sealed class UrlsSettings : SourceFolderSettings
{
    [CommandOption("--record")]
    [Description("เพิ่ม URL ใหม่ของเว็บไซต์ลงใน input/_data/published-urls.txt (add the site's new URLs to input/_data/published-urls.txt)")]
    public bool Record { get; init; }

    public override ValidationResult Validate() =>
        Record ? ValidationResult.Success() : ValidationResult.Error("ต้องระบุ --record (give --record)");
}
