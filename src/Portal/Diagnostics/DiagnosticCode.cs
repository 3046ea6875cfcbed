namespace Portal.Diagnostics;

/// <summary>Every diagnostic the build can report, in one place. The code string is stable: staff and CI search for it.</summary>
public sealed record DiagnosticCode(string Id, string Summary)
{
    public static readonly DiagnosticCode InvalidYaml = new("PT001", "bad YAML in front matter or a data file");
    public static readonly DiagnosticCode MissingTitle = new("PT002", "the page has no title");
    public static readonly DiagnosticCode UnknownKey = new("PT003", "unknown front-matter key");
    public static readonly DiagnosticCode InvalidDate = new("PT004", "a date is not a real YYYY-MM-DD date");
    public static readonly DiagnosticCode InvalidValue = new("PT005", "a front-matter value has the wrong type or form");
    public static readonly DiagnosticCode DuplicateUrl = new("PT006", "two pages are published at the same URL");
    public static readonly DiagnosticCode BrokenPageLink = new("PT007", "a link points at a page that does not exist");
    public static readonly DiagnosticCode BrokenFileLink = new("PT008", "a link points at a file that does not exist");
    public static readonly DiagnosticCode MissingAttachment = new("PT009", "an attachment file does not exist");
    public static readonly DiagnosticCode PathOutsideInput = new("PT010", "a path leads outside input/");
    public static readonly DiagnosticCode UnsafeLink = new("PT011", "a link uses a scheme that can run code");
    public static readonly DiagnosticCode UnknownLayout = new("PT012", "the layout does not exist in the theme");
    public static readonly DiagnosticCode TemplateError = new("PT013", "a theme template cannot be parsed or rendered");
    public static readonly DiagnosticCode UnterminatedFrontMatter = new("PT014", "front matter is opened with --- but never closed");
    public static readonly DiagnosticCode UnknownCallout = new("PT016", "a ::: container is not a known callout kind");
    public static readonly DiagnosticCode MissingRequiredKey = new("PT017", "the page's layout needs a front-matter key the page lacks");
    public static readonly DiagnosticCode DuplicateId = new("PT018", "two headings on a page have the same id");
    public static readonly DiagnosticCode OutputClash = new("PT015", "two things would be written to the same output path");

    // Checks on the finished site, run by `portal check` (src/Portal/Checks/).
    public static readonly DiagnosticCode MissingAnchor = new("PT060", "a link's #anchor is not on the page it points at");
    public static readonly DiagnosticCode MissingAltText = new("PT061", "an image has no alternative text");
    public static readonly DiagnosticCode HeadingOrder = new("PT062", "a heading skips a level or repeats the page title's level");
    public static readonly DiagnosticCode MissingOutputTarget = new("PT063", "the finished site links to a path it does not contain");

    public override string ToString() => Id;
}
