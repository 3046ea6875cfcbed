namespace Portal.Content;

/// <summary>The front-matter keys every page may use, whatever its kind (docs/architecture.md, "Front matter"); kinds add their own, features add keys every kind shares (<see cref="SharedFrontMatterKey"/>).</summary>
public static class FrontMatterKeys
{
    public const string Title = "title";
    public const string Description = "description";
    public const string Date = "date";
    public const string Updated = "updated";
    public const string Layout = "layout";
    public const string Draft = "draft";
    public const string Tags = "tags";
    public const string Order = "order";
    public const string FiscalYear = "fiscal_year";
    public const string Attachments = "attachments";
    public const string Kind = "kind";

    /// <summary>The short English name the web editor gave the file when it made it (<c>2026-12-06-&lt;slug&gt;.md</c>); the title stays Thai.</summary>
    public const string Slug = "slug";

    public static readonly IReadOnlyList<string> All =
        [Title, Description, Date, Updated, Layout, Draft, Tags, Order, FiscalYear, Attachments, Kind, Slug];

    public static class Attachment
    {
        public const string File = "file";
        public const string Title = "title";

        public static readonly IReadOnlyList<string> All = [File, Title];
    }
}
