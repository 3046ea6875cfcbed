using System.ComponentModel;
using Spectre.Console.Cli;

namespace Portal.Cli.Commands;

internal sealed class CheckSettings : SourceFolderSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("รูปแบบรายงาน: text, github (สำหรับ pull request) หรือ json (the report's format: text, github annotations, or json)")]
    [DefaultValue(CheckFormat.Text)]
    public CheckFormat Format { get; init; } = CheckFormat.Text;
}

internal enum CheckFormat
{
    Text,
    GitHub,
    Json,
}
