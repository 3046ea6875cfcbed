namespace Portal.Tests.WholeSite;

/// <summary>
/// The one-error fixtures and what each must report. The expected line and column are those of the
/// <see cref="Case.Marker"/> text in the fixture file (the offending key, value or link), so the fixtures can
/// be edited without renumbering the tests; no marker means the start of the file.
/// </summary>
internal static class ExpectedDiagnostics
{
    public sealed record Case(string Fixture, string Code, string File, string? Marker, string EnglishFragment, string ThaiFragment)
    {
        public (int Line, int Column) Location => Locate(Fixture, File, Marker);
    }


    public static readonly IReadOnlyList<Case> Cases =
    [
        new("error-bad-yaml", "PT001", "broken.md", "\"ประกาศรับสมัคร", "invalid YAML", "YAML ไม่ถูกต้อง"),
        new("error-missing-title", "PT002", "no-title.md", null, "no title", "ไม่มีชื่อเรื่อง"),
        new("error-unknown-key", "PT003", "typo.md", "titel:", "did you mean 'title'?", "หมายถึง 'title' หรือไม่"),
        new("error-invalid-date", "PT004", "news.md", "2023-02-30", "'2023-02-30' is not a valid date", "วันที่ '2023-02-30'"),
        new("error-duplicate-url", "PT006", "a/index.md", null, "URL /a/ is also produced by", "ซ้ำกับหน้า"),
        new("error-missing-page-link", "PT007", "links.md", "[หน้าที่ไม่มีอยู่]", "ไม่มีหน้านี้.md", "ไม่พบหน้า"),
        new("error-missing-file-link", "PT008", "download.md", "[แผนพัฒนาท้องถิ่น]", "files/plan-2566.pdf", "ไม่พบไฟล์"),
        new("error-missing-attachment", "PT009", "report.md", "file: reports/missing-2566.pdf", "input/files/reports/missing-2566.pdf", "ไม่พบไฟล์แนบ"),
        new("error-link-outside-input", "PT010", "escape.md", "[ไฟล์ลับ]", "'../../x.md' leads outside", "ชี้ออกนอกโฟลเดอร์"),
        new("error-unsafe-link", "PT011", "unsafe.md", "[ที่นี่]", "'javascript:' scheme", "ไม่อนุญาต"),
        new("error-unknown-layout", "PT012", "special.md", "layout: ita-result", "did you mean 'ita-results'?", "ไม่มีแม่แบบ 'ita-result'"),
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases)
        {
            data.Add(c.Fixture);
        }

        return data;
    }

    public static Case Get(string fixture) => Cases.Single(c => c.Fixture == fixture);

    /// <summary>1-based line and column (in UTF-16 code units, as the build counts) of the first <paramref name="marker"/> in the fixture file.</summary>
    public static (int Line, int Column) Locate(string fixture, string file, string? marker)
    {
        if (marker is null)
        {
            return (1, 1);
        }

        var lines = File.ReadAllLines(Path.Combine(TestPaths.Site(fixture), "input", file));
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(marker, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (i + 1, column + 1);
            }
        }

        throw new InvalidOperationException($"'{marker}' is not in {fixture}/input/{file}");
    }
}
