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
    public static readonly DiagnosticCode BrokenSymbolicLink = new("PT019", "a symbolic link points at nothing");
    public static readonly DiagnosticCode SymbolicLinkLoop = new("PT020", "symbolic links form a loop");
    public static readonly DiagnosticCode SpecialFile = new("PT021", "not a regular file or folder (a pipe, socket or device)");
    public static readonly DiagnosticCode YamlTooDeep = new("PT022", "YAML nested deeper than the limit");
    public static readonly DiagnosticCode YamlAliasExpansion = new("PT023", "a YAML alias refers to itself or expands past the limit");
    public static readonly DiagnosticCode MarkdownTooDeep = new("PT024", "Markdown nested deeper than the parser allows (127 levels)");
    public static readonly DiagnosticCode ForbiddenCharacter = new("PT025", "a control character or noncharacter in content, or a line break only YAML reads as one");
    public static readonly DiagnosticCode NotUtf8 = new("PT026", "a text file is not UTF-8");
    public static readonly DiagnosticCode FileTooLarge = new("PT027", "a file is larger than the limit");
    public static readonly DiagnosticCode AttachmentTypeNotAllowed = new("PT028", "an attachment type that is not published");
    public static readonly DiagnosticCode ReservedId = new("PT029", "a heading {#id} is an id the theme uses");
    public static readonly DiagnosticCode ExtensionCase = new("PT030", "a page or data file extension in capitals");
    public static readonly DiagnosticCode UnreadableFile = new("PT031", "a file cannot be read");
    public static readonly DiagnosticCode PageTooComplex = new("PT107", "a page has more Markdown elements than one page may have");
    public static readonly DiagnosticCode LinkSyntaxTooCostly = new("PT032", "a run of text without spaces holds too many unclosed links to parse in time");
    public static readonly DiagnosticCode OitCatalogInvalid = new("PT040", "an OIT catalog (input/_data/oit/<year>.yml) has a problem");
    public static readonly DiagnosticCode OitClaimMalformed = new("PT041", "an oit: claim is not written as YYYY/O<n>");
    public static readonly DiagnosticCode OitClaimUnknown = new("PT042", "an oit: claim names a year or code no catalog has, or its month does not fit the item");
    public static readonly DiagnosticCode RedirectInvalid = new("PT043", "a redirect in input/_data/redirects.yml loops, leads nowhere or is badly written");
    public static readonly DiagnosticCode PublishedUrlMissing = new("PT044", "a URL on input/_data/published-urls.txt is neither built nor redirected");
    public static readonly DiagnosticCode CmsNotConfigured = new("PT045", "site.yml names no git host for web editing, so the published /admin/ says it is not set up");
    public static readonly DiagnosticCode PublishedUrlNew = new("PT046", "a page or file is not on input/_data/published-urls.txt yet; main records it after the merge (a notice, not an error)");
    public static readonly DiagnosticCode PdfUnreadable = new("PT050", "a PDF attachment cannot be read, so search finds it by its title only");
    public static readonly DiagnosticCode KeepWordInvalid = new("PT070", "a line of input/_data/thai-words.txt is not one word");
    public static readonly DiagnosticCode EmptyRequiredValue = new("PT080", "a required value of a service manual, channel or data table is empty");
    public static readonly DiagnosticCode InvalidDuration = new("PT081", "a service step has a missing, negative or unreadable duration");
    public static readonly DiagnosticCode InvalidContact = new("PT082", "a URL, e-mail address or phone number is not valid");
    public static readonly DiagnosticCode UnconfirmedValue = new("PT083", "a contact value no source confirms is shown as awaiting confirmation");
    public static readonly DiagnosticCode InvalidDataValue = new("PT084", "a data file value has the wrong type or form");
    public static readonly DiagnosticCode RaggedCsvRow = new("PT085", "a CSV row has more or fewer fields than the header");
    public static readonly DiagnosticCode CsvNotUtf8 = new("PT086", "a data file is not valid UTF-8");
    public static readonly DiagnosticCode MissingColumn = new("PT087", "a data table names a column the data file lacks");
    public static readonly DiagnosticCode UnknownDataFile = new("PT088", "a page names a data file that does not exist");
    public static readonly DiagnosticCode CsvHeaderName = new("PT093", "a CSV header name is empty or repeated");
    public static readonly DiagnosticCode CsvQuoting = new("PT094", "a CSV cell's quotes are not closed, or a quote is not doubled");
    public static readonly DiagnosticCode UndrawableChartValue = new("PT095", "a chart value is not a number a bar chart can draw");
    public static readonly DiagnosticCode TooManyRows = new("PT096", "a data table has more rows than a page shows, or a chart than it draws");
    public static readonly DiagnosticCode OutputClash = new("PT015", "two things would be written to the same output path");
    public static readonly DiagnosticCode PlaceholderLeft = new("PT100", "a placeholder that portal new wrote («เติม: …») is still in the page");
    public static readonly DiagnosticCode SearchSynonymInvalid = new("PT101", "an entry of search-synonyms.yml is not a list of two or more words");
    public static readonly DiagnosticCode InvalidSlug = new("PT105", "a page's slug is not lower-case English letters, digits and hyphens");
    public static readonly DiagnosticCode UnknownOrganizationKind = new("PT102", "site.yml's organization.kind is not municipality, subdistrict, provincial or agency");
    public static readonly DiagnosticCode MissingOrganizationWord = new("PT103", "site.yml's organization has no word for the body (เทศบาล, อบต., อบจ., หน่วยงาน)");

    // portal dashboard (src/Portal/Features/Dashboard/): a mistake in sources.yml stops it (exit 2); a body's coverage.json never does.
    public static readonly DiagnosticCode ChangedDuringBuild = new("PT111", "a page's file changed between reading its front matter and rendering it");

    public static readonly DiagnosticCode DashboardSourcesInvalid = new("PT108", "sources.yml of portal dashboard has a mistake");
    public static readonly DiagnosticCode CoverageSourceUnreadable = new("PT109", "a body's coverage.json cannot be read: unreachable, timed out, an HTTP error, larger than --max-bytes or a missing file");
    public static readonly DiagnosticCode CoverageSourceInvalid = new("PT110", "a body's coverage.json is not a valid coverage report: malformed, wrong year, counts that do not add up, unsafe text or URLs");
    public static readonly DiagnosticCode UnusedFootnote = new("PT033", "a footnote is defined but never cited");
    public static readonly DiagnosticCode UndefinedFootnote = new("PT034", "a footnote is cited but never defined");
    public static readonly DiagnosticCode AdjacentFootnotes = new("PT035", "two footnote references side by side read as one");
    public static readonly DiagnosticCode RawHtml = new("PT036", "raw HTML in Markdown is shown as text");
    public static readonly DiagnosticCode DroppedAttribute = new("PT037", "an attribute in {…} other than id, class and lang is dropped");

    // Checks on the finished site, run by `portal check` (src/Portal/Checks/).
    public static readonly DiagnosticCode MissingAnchor = new("PT060", "a link's #anchor is not on the page it points at");
    public static readonly DiagnosticCode MissingAltText = new("PT061", "an image has no alternative text");
    public static readonly DiagnosticCode HeadingOrder = new("PT062", "a heading skips a level or repeats the page title's level");
    public static readonly DiagnosticCode MissingOutputTarget = new("PT063", "the finished site links to a path it does not contain");

    public override string ToString() => Id;
}
