using System.ComponentModel;
using Portal.Commands;
using Spectre.Console.Cli;

namespace Portal.Cli.Commands;

internal sealed class CheckSettings : SourceFolderSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("รูปแบบรายงาน: text, github (สำหรับ pull request) หรือ json (the report's format: text, github annotations, or json)")]
    [DefaultValue(CheckFormat.Text)]
    public CheckFormat Format { get; init; } = CheckFormat.Text;

    [CommandOption("--changed-since <REF>")]
    [Description("แสดงปัญหาของไฟล์ที่เปลี่ยนตั้งแต่ git ref นี้ก่อน และรวมคำเตือนที่มีอยู่เดิมเป็นรหัสละหนึ่งบรรทัด ค่าเริ่มต้นใน pull request: origin/<สาขาปลายทาง> จาก GITHUB_BASE_REF (the problems of files changed since this git ref first, and the warnings that stood before as one line per code; in a pull request: origin/<base branch> from GITHUB_BASE_REF)")]
    public string? ChangedSince { get; init; }

    /// <summary>The reference to compare with: the option, else the pull request's base branch that GitHub Actions names.</summary>
    public string? ChangedSinceOrBase =>
        ChangedSince ?? (Environment.GetEnvironmentVariable("GITHUB_BASE_REF") is { Length: > 0 } branch ? $"origin/{branch}" : null);
}

internal enum CheckFormat
{
    Text,
    GitHub,
    Json,
}
