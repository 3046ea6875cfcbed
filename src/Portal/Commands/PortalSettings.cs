using System.ComponentModel;
using Spectre.Console.Cli;

namespace Portal.Commands;

/// <summary>Options every command takes.</summary>
public class PortalSettings : CommandSettings
{
    [CommandOption("--verbose")]
    [Description("แสดงรายละเอียดทางเทคนิคเมื่อโปรแกรมขัดข้อง (show technical details when the program itself fails)")]
    public bool Verbose { get; init; }
}
