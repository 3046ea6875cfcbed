using System.Globalization;
using Portal.Features.Oit;
using Portal.Thai;

namespace Portal.Features.Dashboard;

/// <summary>
/// Every body's coverage of one fiscal year, and what the pages add up from it: the OIT items the reports name (each with
/// the title most of them give), and the provinces.
/// </summary>
internal sealed class DashboardYear
{
    /// <summary>Names in Thai dictionary order (เชียงใหม่ under ช, not after every consonant as code points would put it).</summary>
    private static readonly StringComparer ThaiOrder = StringComparer.Create(CultureInfo.GetCultureInfo("th-TH"), CompareOptions.None);

    public DashboardYear(int year, IReadOnlyList<BodyCoverage> bodies)
    {
        Year = year;
        Bodies = [.. bodies.OrderBy(b => b.Body.Name, ThaiOrder).ThenBy(b => b.Body.Id, StringComparer.Ordinal)];
        Totals = DashboardTotals.Of(Bodies);
        Provinces = [.. ThaiProvinces.All
            .Select(p => new DashboardProvince(p.Thai, p.Slug, [.. Bodies.Where(b => b.Body.ProvinceSlug == p.Slug)]))
            .Where(p => p.Bodies.Count > 0)
            .OrderBy(p => p.Name, ThaiOrder)];
        Items = [.. Bodies.Where(b => b.Report is not null)
            .SelectMany(b => b.Report!.Items.Select(item => (Body: b, Item: item)))
            .GroupBy(x => x.Item.Code, StringComparer.Ordinal)
            .Select(g => new DashboardItem(
                g.Key,
                g.GroupBy(x => x.Item.Title, StringComparer.Ordinal).OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key,
                g.Count(),
                [.. g.Where(x => x.Item.Status is OitStatus.Missing or OitStatus.Stale).Select(x => (x.Body, x.Item.Status))]))
            .OrderBy(i => CodeOrder(i.Code).Letters, StringComparer.Ordinal).ThenBy(i => CodeOrder(i.Code).Number).ThenBy(i => i.Code, StringComparer.Ordinal)];
    }

    public int Year { get; }

    /// <summary>Every body's counts added up, once: each page of the year shows them.</summary>
    public DashboardTotals Totals { get; }

    /// <summary>By name.</summary>
    public IReadOnlyList<BodyCoverage> Bodies { get; }

    /// <summary>The provinces that have bodies, by name.</summary>
    public IReadOnlyList<DashboardProvince> Provinces { get; }

    /// <summary>By code as the catalogs order them: O2 before O10.</summary>
    public IReadOnlyList<DashboardItem> Items { get; }

    public IEnumerable<BodyCoverage> Problems => Bodies.Where(b => b.Problem is not null);

    private static (string Letters, int Number) CodeOrder(string code)
    {
        var digits = code.AsSpan().IndexOfAnyInRange('0', '9');
        return digits < 0 ? (code, 0)
            : (code[..digits], int.TryParse(code.AsSpan(digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : int.MaxValue);
    }
}

internal sealed record DashboardProvince(string Name, string Slug, IReadOnlyList<BodyCoverage> Bodies)
{
    public DashboardTotals Totals { get; } = DashboardTotals.Of(Bodies);
}

/// <summary>A group's numbers: how many bodies, how many reports were read, and their items of each status added up.</summary>
internal sealed record DashboardTotals(int Bodies, int Read, int Total, IReadOnlyDictionary<OitStatus, int> ByStatus)
{
    public static DashboardTotals Of(IReadOnlyList<BodyCoverage> bodies)
    {
        var read = bodies.Where(b => b.Report is not null).Select(b => b.Report!).ToList();
        return new DashboardTotals(bodies.Count, read.Count, read.Sum(r => r.Items.Count),
            Enum.GetValues<OitStatus>().ToDictionary(status => status, status => read.Sum(r => r.Count(status))));
    }
}

/// <param name="Reported">How many bodies' reports have the item.</param>
/// <param name="Lacking">The bodies whose report says it is missing or stale, by name.</param>
internal sealed record DashboardItem(string Code, string Title, int Reported, IReadOnlyList<(BodyCoverage Body, OitStatus Status)> Lacking);
