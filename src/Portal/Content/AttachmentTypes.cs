namespace Portal.Content;

/// <summary>
/// The kinds of file a municipality publishes under <c>input/files/</c>: documents, spreadsheets, CSV,
/// pictures and archives. Anything else is refused, above all what a browser would run on the site's own
/// origin: HTML, JavaScript, and SVG, which may carry script and is refused rather than cleaned.
/// </summary>
internal static class AttachmentTypes
{
    /// <summary>The largest attachment, in bytes (docs/content.md, "ขีดจำกัด"). GitHub warns about files above 50 MB in a push.</summary>
    public const long MaxBytes = 50 * 1024 * 1024;

    public static readonly IReadOnlySet<string> Allowed = new SortedSet<string>(StringComparer.Ordinal)
    {
        ".pdf",
        ".doc", ".docx", ".odt", ".rtf",
        ".txt",
        ".xls", ".xlsx", ".ods", ".csv",
        ".ppt", ".pptx", ".odp",
        ".jpg", ".jpeg", ".png", ".gif", ".webp",
        ".zip", ".7z", ".rar",
    };

    public static bool IsAllowed(string relativePath) => Allowed.Contains(Path.GetExtension(relativePath).ToLowerInvariant());
}
