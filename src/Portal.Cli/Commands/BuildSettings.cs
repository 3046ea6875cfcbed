using System.ComponentModel;
using Portal.Commands;
using Spectre.Console.Cli;

namespace Portal.Cli.Commands;

internal sealed class BuildSettings : SourceFolderSettings
{
    [CommandOption("--output <FOLDER>")]
    [Description("โฟลเดอร์ผลลัพธ์ ถูกแทนที่ทั้งโฟลเดอร์เมื่อสร้างสำเร็จ (the output folder, replaced as a whole on success)")]
    [DefaultValue("_site")]
    public string Output { get; init; } = "_site";

    [CommandOption("--base-url <URL>")]
    [Description("ที่อยู่เว็บไซต์ แทน base_url ใน input/_data/site.yml หรือ PORTAL_BASE_URL (the site's address; overrides base_url in site.yml and PORTAL_BASE_URL)")]
    public string? BaseUrl { get; init; }

    [CommandOption("--drafts")]
    [Description("รวมหน้าที่มี draft: true (include pages marked draft: true)")]
    public bool Drafts { get; init; }

    [CommandOption("--as-of <DATE>")]
    [Description(AsOfOption.Description)]
    public string? AsOf { get; init; }

    [CommandOption("--preview")]
    [Description("ตัวอย่างก่อนเผยแพร่: ทุกหน้ามีแถบ \"ตัวอย่าง (preview)\" (a preview build: every page shows a preview banner)")]
    public bool Preview { get; init; }

    public BuildOptions ToOptions() => new(Input, Theme, Output, BaseUrl ?? Environment.GetEnvironmentVariable("PORTAL_BASE_URL"), Drafts, Preview, AsOf: AsOfOption.Parse(AsOf));
}
