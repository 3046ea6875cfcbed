using System.ComponentModel;
using System.Globalization;
using Portal.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Portal.Features.Dashboard;

internal sealed class DashboardSettings : PortalSettings
{
    [CommandOption("--sources <FILE>")]
    [Description("ไฟล์รายชื่อหน่วยงานและที่อยู่ของ coverage.json (the sources file: the bodies and where their coverage.json is)")]
    public string? Sources { get; init; }

    [CommandOption("--output <FOLDER>")]
    [Description("โฟลเดอร์ที่เขียนแดชบอร์ด (the folder the dashboard is written to)")]
    [DefaultValue("dash")]
    public string Output { get; init; } = "dash";

    [CommandOption("--theme <FOLDER>")]
    [Description("โฟลเดอร์ธีม: ไฟล์ในนี้ใช้แทนไฟล์ที่ชื่อเดียวกันของธีมในตัว ไม่มีโฟลเดอร์นี้ก็ได้ (a theme folder: its files replace the built-in theme's files of the same path; it may be absent)")]
    [DefaultValue("theme")]
    public string Theme { get; init; } = "theme";

    [CommandOption("--year <YEARS>")]
    [Description("ปีงบประมาณ พ.ศ. ที่แสดง คั่นด้วยจุลภาค เช่น 2569,2570 ค่าเริ่มต้นคือ years: ของ sources.yml หรือปีงบประมาณปัจจุบัน (the fiscal years shown; default: sources.yml's years:, else the current fiscal year)")]
    public string? Year { get; init; }

    [CommandOption("--parallel <COUNT>")]
    [Description("จำนวนที่ดาวน์โหลดพร้อมกัน (downloads at once)")]
    [DefaultValue(SourceLimits.DefaultParallel)]
    public int Parallel { get; init; } = SourceLimits.DefaultParallel;

    [CommandOption("--timeout <SECONDS>")]
    [Description("เวลาสูงสุดของการอ่านแต่ละแหล่ง เป็นวินาที (the most seconds each source may take)")]
    [DefaultValue(SourceLimits.DefaultTimeoutSeconds)]
    public double Timeout { get; init; } = SourceLimits.DefaultTimeoutSeconds;

    [CommandOption("--max-bytes <BYTES>")]
    [Description("ขนาดสูงสุดของ coverage.json แต่ละไฟล์ (the largest coverage.json read, in bytes)")]
    [DefaultValue(SourceLimits.DefaultMaxBytes)]
    public long MaxBytes { get; init; } = SourceLimits.DefaultMaxBytes;

    [CommandOption("--base-url <URL>")]
    [Description("ที่อยู่ของแดชบอร์ดสำหรับ URL เต็ม แทน base_url ของ sources.yml (the dashboard's address for absolute URLs)")]
    public string? BaseUrl { get; init; }

    [CommandOption("--as-of <DATE>")]
    [Description("วันที่ของการสร้าง แบบ ค.ศ. ปปปป-ดด-วว ใช้เลือกปีงบประมาณปัจจุบัน ค่าเริ่มต้นมาจาก SOURCE_DATE_EPOCH หรือนาฬิกาเครื่อง (the build date, which picks the current fiscal year; default: SOURCE_DATE_EPOCH or the clock)")]
    public string? AsOf { get; init; }

    public IReadOnlyList<int> Years => (Year ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && DashboardYears.IsPlausible(year) ? year
            : throw new UsageException($"--year '{text}' ต้องเป็นปีงบประมาณ พ.ศ. เช่น 2570", $"--year '{text}' must be a Buddhist-era fiscal year, e.g. 2570"))
        .ToList();

    public SourceLimits Limits => new(Parallel, TimeSpan.FromSeconds(Timeout), MaxBytes);

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Sources) ? ValidationResult.Error("ต้องระบุ --sources เช่น --sources sources.yml (--sources is required)")
        : Parallel is < 1 or > 64 ? ValidationResult.Error("--parallel ต้องอยู่ระหว่าง 1 ถึง 64 (--parallel must be 1 to 64)")
        : Timeout is <= 0 or > 600 || double.IsNaN(Timeout) ? ValidationResult.Error("--timeout ต้องมากกว่า 0 และไม่เกิน 600 วินาที (--timeout must be over 0 and at most 600 s)")
        : MaxBytes is < 1024 or > 100 * 1024 * 1024 ? ValidationResult.Error("--max-bytes ต้องอยู่ระหว่าง 1024 ถึง 104857600 (--max-bytes must be 1024 to 104857600)")
        : ValidationResult.Success();
}
