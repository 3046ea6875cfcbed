using Portal.Diagnostics;

namespace Portal.Checks;

/// <summary>Every image in a page's text needs alternative text (<c>![ภาพผู้บริหาร](files/a.jpg)</c>): screen readers read it, and it shows when the image cannot load.</summary>
internal sealed class ImageAltTextCheck : IOutputCheck
{
    public IEnumerable<Diagnostic> Check(CheckContext context) =>
        from page in context.Pages
        from image in page.Outline.Images
        where string.IsNullOrWhiteSpace(image.Alt)
        select Diagnostic.Error(DiagnosticCode.MissingAltText, image.Location,
            $"รูป '{image.Source}' ไม่มีคำอธิบายภาพ ให้เขียนคำอธิบายในวงเล็บเหลี่ยม เช่น ![ภาพอาคารสำนักงาน]({image.Source})",
            $"image '{image.Source}' has no alternative text; describe it between the brackets, e.g. ![office building]({image.Source})");
}
