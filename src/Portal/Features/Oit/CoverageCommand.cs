using System.Globalization;
using System.Text;
using Portal.Commands;
using Portal.Diagnostics;
using Portal.Thai;
using Spectre.Console.Cli;

namespace Portal.Features.Oit;

/// <summary>
/// <c>portal coverage --year 2566</c>: checks the site (writing nothing) and prints the year's OIT coverage as a
/// table, as coverage.json or as coverage.csv; with <c>--fail-on</c> it exits 1 when an item has a listed status.
/// </summary>
internal sealed class CoverageCommand(CliConsole console, BuildParts parts) : Command<CoverageSettings>
{
    public const string Name = "coverage";

    public override int Execute(CommandContext context, CoverageSettings settings, CancellationToken cancellationToken)
    {
        var failOn = settings.FailOnStatuses;
        var result = new BuildSession(settings.ToOptions(), parts).Build(target: null);
        ((IDiagnosticFormatter)new TextDiagnosticFormatter()).Write(result.Diagnostics, console.Errors);
        if (!result.Succeeded)
        {
            console.Errors.WriteLine("ตรวจเนื้อหาไม่ผ่าน จึงรายงานความครบถ้วนไม่ได้ (the content has errors; no coverage report)");
            return ExitCodes.ContentErrors;
        }

        var years = OitCoverageOutput.Years(result.Site).ToList();
        var baseUrl = result.Site.Settings.BaseUrl;
        var year = years.FirstOrDefault(y => y.Year == settings.Year)
            ?? throw new UsageException(
                $"ไม่มีรายการ OIT ของปี {settings.Year} (ปีที่มี: {string.Join(", ", years.Select(y => y.Year))})",
                $"there is no OIT catalog for {settings.Year} (catalogs: {string.Join(", ", years.Select(y => y.Year))})");

        switch (settings.Format)
        {
            case "json":
                console.Output.Write(Encoding.UTF8.GetString(OitCoverageOutput.Json(year, baseUrl)));
                break;
            case "csv":
                console.Output.Write(Encoding.UTF8.GetString(OitCoverageOutput.Csv(year, baseUrl)));
                break;
            default:
                WriteTable(year, baseUrl);
                break;
        }

        var failing = year.Items.Where(i => failOn.Contains(i.Status)).ToList();
        if (failing.Count > 0)
        {
            var codes = string.Join(", ", failing.Select(i => $"{i.Item.Code} ({OitStatusNames.Of(i.Status)})"));
            console.Errors.WriteLine($"มี {failing.Count} รายการที่มีสถานะตาม --fail-on: {codes} ({failing.Count} item(s) have a --fail-on status)");
            return ExitCodes.ContentErrors;
        }

        return ExitCodes.Success;
    }

    private void WriteTable(OitYearCoverage year, string baseUrl)
    {
        var output = console.Output;
        output.WriteLine($"OIT ปีงบประมาณ พ.ศ. {year.Year} ข้อมูล ณ วันที่ {ThaiDate.Format(year.AsOf)} (OIT {year.Year} as of {ThaiDate.ToIso(year.AsOf)})");
        if (!year.Catalog.Verified)
        {
            output.WriteLine($"รายการปี {year.Year} ยังไม่ได้ตรวจทานกับคู่มือ ITA ของ ป.ป.ช. เมื่อตรวจครบแล้วให้ใส่ verified: true ทั้งที่ไฟล์และทุกรายการ " +
                $"(the {year.Year} catalog is not checked against the NACC manual; once it is, set verified: true on the file and on every item)");
        }

        foreach (var item in year.Items)
        {
            var note = item.Item.Verified ? "" : $" [{OitCatalog.UnverifiedNote}]";
            output.WriteLine($"{item.Item.Code,-4} {OitStatusNames.Of(item.Status),-8} {item.Item.Title} — {item.StatusText}{note}");
            foreach (var (label, text) in new[] { ("ที่มา (source)", item.Item.Source), ("หมายเหตุ (note)", item.Item.Note) })
            {
                if (text is not null)
                {
                    output.WriteLine($"{"",13}{label}: {text}");
                }
            }

            foreach (var evidence in item.Links)
            {
                output.WriteLine($"{"",13}{Site.PageUrls.Absolute(baseUrl, evidence.Url)}");
            }
        }

        output.WriteLine($"ทั้งหมด {year.Items.Count}: covered {year.Count(OitStatus.Covered)}, stale {year.Count(OitStatus.Stale)}, " +
            $"draft {year.Count(OitStatus.Draft)}, missing {year.Count(OitStatus.Missing)}");
    }
}
