using System.Globalization;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Thai;
using YamlDotNet.RepresentationModel;

namespace Portal.Features.Oit;

/// <summary>
/// Reads and checks the catalogs <c>input/_data/oit/&lt;year&gt;.yml</c>: the file's year, unique codes, titles,
/// known indicators and sub-indicators, a valid <c>period</c> and <c>data_year</c>. Every problem is a PT040
/// at its line; a catalog with a problem is left out.
/// </summary>
internal static class OitCatalogReader
{
    public const string DataFolder = "oit/";

    private static readonly Dictionary<string, OitPeriod> Periods = new(StringComparer.Ordinal)
    {
        ["ongoing"] = OitPeriod.Ongoing,
        ["annual"] = OitPeriod.Annual,
        ["half-year"] = OitPeriod.HalfYear,
        ["monthly"] = OitPeriod.Monthly,
    };

    private static readonly Dictionary<string, OitDataYear> DataYears = new(StringComparer.Ordinal)
    {
        ["current"] = OitDataYear.Current,
        ["same"] = OitDataYear.Same,
        ["previous"] = OitDataYear.Previous,
    };

    private static readonly string[] CatalogKeys = ["fiscal_year", "framework", "verified", "indicators", "items"];

    private static readonly string[] ItemKeys = ["code", "title", "indicator", "sub_indicator", "group", "requirement", "period", "data_year", "verified", "source", "note"];

    /// <summary>Every valid catalog among the data files, by year ascending.</summary>
    public static IReadOnlyList<OitCatalog> ReadAll(IEnumerable<DataFile> data, ICollection<Diagnostic> diagnostics) =>
        [.. data.Where(d => d.Key.StartsWith(DataFolder, StringComparison.Ordinal))
            .Select(d => Read(d, diagnostics))
            .OfType<OitCatalog>()
            .OrderBy(c => c.Year)];

    public static OitCatalog? Read(DataFile file, ICollection<Diagnostic> diagnostics)
    {
        var problems = new List<Diagnostic>();
        var source = new YamlSource(file.DisplayPath, FirstLine: 1);
        void Problem(SourceLocation location, string thai, string english) =>
            problems.Add(Diagnostic.Error(DiagnosticCode.OitCatalogInvalid, location, thai, english));

        var name = file.Key[DataFolder.Length..];
        if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2400 or > 2800)
        {
            Problem(source.FileStart, $"ชื่อไฟล์รายการ OIT ต้องเป็นปีงบประมาณ พ.ศ. เช่น oit/2566.yml ไม่ใช่ oit/{name}",
                $"an OIT catalog must be named after its Buddhist-era fiscal year, e.g. oit/2566.yml, not oit/{name}");
            return Report(null);
        }

        if (file.Yaml is not YamlMappingNode root)
        {
            Problem(source.FileStart, "รายการ OIT ต้องมี fiscal_year, indicators และ items", "an OIT catalog needs fiscal_year, indicators and items");
            return Report(null);
        }

        foreach (var (keyNode, _) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!CatalogKeys.Contains(key))
            {
                var (thai, english) = DidYouMean.Hint(key, CatalogKeys);
                Problem(source.Location(keyNode), $"ไม่รู้จักคีย์ '{key}' ในไฟล์รายการ OIT{thai}", $"unknown OIT catalog key '{key}'{english}");
            }
        }

        var fiscalYear = Scalar(root, "fiscal_year");
        if (fiscalYear?.Value != name)
        {
            Problem(fiscalYear is null ? source.FileStart : source.Location(fiscalYear),
                $"fiscal_year ต้องเป็น {name} ตามชื่อไฟล์", $"fiscal_year must be {name}, as the file is named");
        }

        var catalogVerified = Scalar(root, "verified");
        if (catalogVerified is not null && catalogVerified.Value is not ("true" or "false"))
        {
            Problem(source.Location(catalogVerified), "verified ของทั้งไฟล์ต้องเป็น true หรือ false", "the catalog's verified must be true or false");
        }

        var indicators = ReadIndicators(root, source, Problem);
        var subIndicators = indicators.SelectMany(i => i.SubIndicators.Select(s => (Indicator: i.Id, s.Id))).ToHashSet();
        var items = new List<OitItem>();
        if (Child(root, "items") is not YamlSequenceNode itemNodes || itemNodes.Children.Count == 0)
        {
            Problem(source.FileStart, "รายการ OIT ต้องมี items อย่างน้อยหนึ่งรายการ", "an OIT catalog needs at least one entry under items");
            return Report(null);
        }

        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var node in itemNodes.Children)
        {
            if (ReadItem(node, source, indicators, subIndicators, Problem) is not { } item)
            {
                continue;
            }

            if (seen.TryGetValue(item.Code, out var first))
            {
                Problem(item.Location, $"รหัส {item.Code} ซ้ำกับรายการที่บรรทัด {first.Line}", $"code {item.Code} is already used on line {first.Line}");
                continue;
            }

            seen[item.Code] = item.Location;
            items.Add(item);
        }

        return Report(new OitCatalog(year, indicators, items, catalogVerified?.Value == "true"));

        OitCatalog? Report(OitCatalog? catalog)
        {
            foreach (var problem in problems)
            {
                diagnostics.Add(problem);
            }

            return problems.Count == 0 ? catalog : null;
        }
    }

    private static List<OitIndicator> ReadIndicators(YamlMappingNode root, YamlSource source, Action<SourceLocation, string, string> problem)
    {
        var result = new List<OitIndicator>();
        if (Child(root, "indicators") is not YamlSequenceNode nodes)
        {
            problem(source.FileStart, "รายการ OIT ต้องมี indicators (ตัวชี้วัดและตัวชี้วัดย่อย)", "an OIT catalog needs indicators (with their sub_indicators)");
            return result;
        }

        foreach (var node in nodes.Children)
        {
            var id = node is YamlMappingNode m ? Scalar(m, "id")?.Value : null;
            if (node is not YamlMappingNode mapping || string.IsNullOrWhiteSpace(id))
            {
                problem(source.Location(node), "ตัวชี้วัดต้องมี id และ title_th", "an indicator needs an id and a title_th");
                continue;
            }

            var subs = new List<OitSubIndicator>();
            foreach (var sub in (Child(mapping, "sub_indicators") as YamlSequenceNode)?.Children ?? [])
            {
                var subId = sub is YamlMappingNode sm ? Scalar(sm, "id")?.Value : null;
                if (sub is not YamlMappingNode subMapping || string.IsNullOrWhiteSpace(subId))
                {
                    problem(source.Location(sub), "ตัวชี้วัดย่อยต้องมี id และ title_th", "a sub-indicator needs an id and a title_th");
                    continue;
                }

                subs.Add(new OitSubIndicator(subId, Text(subMapping, "title_th") ?? subId));
            }

            result.Add(new OitIndicator(id, Text(mapping, "title_th") ?? id, subs));
        }

        return result;
    }

    private static OitItem? ReadItem(YamlNode node, YamlSource source, List<OitIndicator> indicators,
        HashSet<(string Indicator, string Id)> subIndicators, Action<SourceLocation, string, string> problem)
    {
        var location = source.Location(node);
        if (node is not YamlMappingNode item)
        {
            problem(location, "แต่ละรายการใน items ต้องมี code, title, indicator, sub_indicator, requirement, period, data_year และ verified",
                "each entry under items needs code, title, indicator, sub_indicator, requirement, period, data_year and verified");
            return null;
        }

        var ok = true;
        foreach (var (keyNode, _) in item.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!ItemKeys.Contains(key))
            {
                var (thai, english) = DidYouMean.Hint(key, ItemKeys);
                problem(source.Location(keyNode), $"ไม่รู้จักคีย์ '{key}' ในรายการ OIT{thai}", $"unknown OIT item key '{key}'{english}");
                ok = false;
            }
        }

        var code = Scalar(item, "code");
        if (code?.Value is not { } codeText || !System.Text.RegularExpressions.Regex.IsMatch(codeText, "^O[1-9][0-9]?$"))
        {
            problem(code is null ? location : source.Location(code), "code ต้องเป็นรหัสแบบ O1, O2, … O99", "code must be O1, O2, … O99");
            return null;
        }

        var title = Text(item, "title");
        if (title is null)
        {
            problem(location, $"รายการ {codeText} ไม่มี title", $"item {codeText} has no title");
            ok = false;
        }

        var requirement = Text(item, "requirement");
        if (requirement is null)
        {
            problem(location, $"รายการ {codeText} ไม่มี requirement", $"item {codeText} has no requirement");
            ok = false;
        }

        var indicator = Scalar(item, "indicator");
        var subIndicator = Scalar(item, "sub_indicator");
        if (indicator?.Value is not { } indicatorId || indicators.All(i => i.Id != indicatorId))
        {
            var (thai, english) = DidYouMean.Hint(indicator?.Value ?? "", [.. indicators.Select(i => i.Id)]);
            problem(indicator is null ? location : source.Location(indicator), $"รายการ {codeText}: ไม่รู้จัก indicator '{indicator?.Value}'{thai}",
                $"item {codeText}: unknown indicator '{indicator?.Value}'{english}");
            ok = false;
        }
        else if (subIndicator?.Value is not { } subId || !subIndicators.Contains((indicatorId, subId)))
        {
            var known = subIndicators.Where(s => s.Indicator == indicatorId).Select(s => s.Id).ToList();
            var (thai, english) = DidYouMean.Hint(subIndicator?.Value ?? "", known);
            problem(subIndicator is null ? location : source.Location(subIndicator),
                $"รายการ {codeText}: ไม่รู้จัก sub_indicator '{subIndicator?.Value}' ของตัวชี้วัด {indicatorId}{thai}",
                $"item {codeText}: unknown sub_indicator '{subIndicator?.Value}' of indicator {indicatorId}{english}");
            ok = false;
        }

        var period = Choice(item, "period", Periods, location, codeText, source, problem);
        var dataYear = Choice(item, "data_year", DataYears, location, codeText, source, problem);
        var verified = Scalar(item, "verified");
        if (verified?.Value is not ("true" or "false"))
        {
            problem(verified is null ? location : source.Location(verified), $"รายการ {codeText}: verified ต้องเป็น true หรือ false",
                $"item {codeText}: verified must be true or false");
            ok = false;
        }

        if (!ok || period is null || dataYear is null)
        {
            return null;
        }

        return new OitItem(codeText, title!, indicator!.Value!, subIndicator!.Value!, Text(item, "group"), requirement!,
            period.Value, dataYear.Value, verified!.Value == "true", Text(item, "source"), Text(item, "note"), location);
    }

    private static T? Choice<T>(YamlMappingNode item, string key, Dictionary<string, T> choices, SourceLocation itemLocation, string code,
        YamlSource source, Action<SourceLocation, string, string> problem)
        where T : struct
    {
        var node = Scalar(item, key);
        if (node?.Value is { } text && choices.TryGetValue(text, out var value))
        {
            return value;
        }

        var known = string.Join(", ", choices.Keys);
        problem(node is null ? itemLocation : source.Location(node), $"รายการ {code}: {key} ต้องเป็นหนึ่งใน {known} ไม่ใช่ '{node?.Value}'",
            $"item {code}: {key} must be one of {known}, not '{node?.Value}'");
        return null;
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(kv => (kv.Key as YamlScalarNode)?.Value == key).Value;

    private static YamlScalarNode? Scalar(YamlMappingNode mapping, string key) => Child(mapping, key) as YamlScalarNode;

    private static string? Text(YamlMappingNode mapping, string key) =>
        Scalar(mapping, key)?.Value is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? ThaiText.Normalize(text) : null;
}
