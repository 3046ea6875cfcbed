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
    public static readonly DiagnosticCode EmptyRequiredValue = new("PT080", "a required value of a service manual, channel or data table is empty");
    public static readonly DiagnosticCode InvalidDuration = new("PT081", "a service step has a missing, negative or unreadable duration");
    public static readonly DiagnosticCode InvalidContact = new("PT082", "a URL, e-mail address or phone number is not valid");
    public static readonly DiagnosticCode UnconfirmedValue = new("PT083", "a contact value no source confirms is shown as awaiting confirmation");
    public static readonly DiagnosticCode InvalidDataValue = new("PT084", "a data file value has the wrong type or form");
    public static readonly DiagnosticCode RaggedCsvRow = new("PT085", "a CSV row has more or fewer fields than the header");
    public static readonly DiagnosticCode NotUtf8 = new("PT086", "a data file is not valid UTF-8");
    public static readonly DiagnosticCode MissingColumn = new("PT087", "a data table names a column the data file lacks");
    public static readonly DiagnosticCode UnknownDataFile = new("PT088", "a page names a data file that does not exist");
    public static readonly DiagnosticCode OutputClash = new("PT015", "two things would be written to the same output path");

    public override string ToString() => Id;
}
