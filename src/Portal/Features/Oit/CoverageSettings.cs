using System.ComponentModel;
using Portal.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Portal.Features.Oit;

internal sealed class CoverageSettings : SourceFolderSettings
{
    [CommandOption("--year <YEAR>")]
    [Description("ปีงบประมาณ พ.ศ. ที่มีรายการ OIT เช่น 2566 (the Buddhist-era assessment year, e.g. 2566)")]
    public int? Year { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("table, json (coverage.json) หรือ csv (coverage.csv) (table, json or csv)")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("--fail-on <STATUSES>")]
    [Description("จบด้วยรหัส 1 เมื่อมีรายการสถานะเหล่านี้ เช่น missing,stale (exit 1 when an item has one of these statuses)")]
    public string? FailOn { get; init; }

    [CommandOption("--as-of <DATE>")]
    [Description(AsOfOption.Description)]
    public string? AsOf { get; init; }

    [CommandOption("--base-url <URL>")]
    [Description("ที่อยู่เว็บไซต์สำหรับ URL เต็ม (the site's address for absolute URLs)")]
    public string? BaseUrl { get; init; }

    public IReadOnlySet<OitStatus> FailOnStatuses => (FailOn ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(name => OitStatusNames.Parse(name) ?? throw new UsageException(
            $"--fail-on ไม่รู้จักสถานะ '{name}' (ใช้ได้: covered, stale, draft, missing)", $"--fail-on: unknown status '{name}' (use covered, stale, draft, missing)"))
        .ToHashSet();


    public override ValidationResult Validate() =>
        Year is null ? ValidationResult.Error("ต้องระบุ --year เช่น --year 2566 (--year is required)")
        : Format is "table" or "json" or "csv" ? ValidationResult.Success()
        : ValidationResult.Error($"--format ต้องเป็น table, json หรือ csv ไม่ใช่ '{Format}' (--format must be table, json or csv)");

    public BuildOptions ToOptions() => new(Input, Theme, "_site", BaseUrl ?? Environment.GetEnvironmentVariable("PORTAL_BASE_URL"), AsOf: AsOfOption.Parse(AsOf));
}
