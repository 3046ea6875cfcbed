using System.ComponentModel;
using Portal.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Portal.Features.Oit;

internal sealed class CatalogNewSettings : PortalSettings
{
    [CommandArgument(0, "<YEAR>")]
    [Description("ปีงบประมาณ พ.ศ. ของรายการใหม่ เช่น 2570 (the new catalog's Buddhist-era year)")]
    public int Year { get; init; }

    [CommandOption("--from <YEAR>")]
    [Description("ปีของรายการที่จะคัดลอก เช่น 2569 (the year to copy)")]
    public int? From { get; init; }

    [CommandOption("--input <FOLDER>")]
    [Description("โฟลเดอร์เนื้อหา (the content folder)")]
    [DefaultValue("input")]
    public string Input { get; init; } = "input";

    public override ValidationResult Validate() =>
        From is null ? ValidationResult.Error("ต้องระบุ --from เช่น --from 2569 (--from is required)")
        : Year is < 2400 or > 2800 || From is < 2400 or > 2800 ? ValidationResult.Error("ปีต้องเป็น พ.ศ. เช่น 2570 (years are Buddhist-era, e.g. 2570)")
        : ValidationResult.Success();
}
