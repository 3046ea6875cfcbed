using Portal.Diagnostics;

namespace Portal.Checks;

/// <summary>
/// Headings go down one level at a time, so the outline a screen reader lists makes sense. The layout
/// shows the page's title as its one level-1 heading; the text starts at <c>##</c>.
/// </summary>
internal sealed class HeadingOrderCheck : IOutputCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var page in context.Pages)
        {
            var previous = 1;
            foreach (var heading in page.Outline.Headings)
            {
                if (heading.Level == 1)
                {
                    yield return Diagnostic.Error(DiagnosticCode.HeadingOrder, heading.Location,
                        "หัวข้อระดับ 1 (#) คือชื่อหน้าซึ่งแสดงจาก title แล้ว ให้เริ่มหัวข้อในเนื้อหาด้วย ##",
                        "a level-1 heading (#) repeats the page title, which the layout shows from title; start the text's headings at ##");
                }
                else if (heading.Level > previous + 1)
                {
                    var expected = new string('#', previous + 1);
                    yield return Diagnostic.Error(DiagnosticCode.HeadingOrder, heading.Location,
                        $"หัวข้อข้ามระดับ จากระดับ {previous} ไประดับ {heading.Level} ให้ใช้ {expected}",
                        $"the heading skips from level {previous} to level {heading.Level}; use {expected}");
                }

                previous = heading.Level;
            }
        }
    }
}
