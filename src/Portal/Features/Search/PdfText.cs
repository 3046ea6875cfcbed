namespace Portal.Features.Search;

/// <summary>The text of one PDF, as far as it is searchable.</summary>
/// <param name="Text">The text of the first pages, up to <see cref="PdfTextExtractor.MaxCharacters"/>; empty unless <see cref="Status"/> is searchable.</param>
/// <param name="Problem">Why the file could not be read (the reader's message); null when it could.</param>
internal sealed record PdfText(PdfTextStatus Status, string Text, string? Problem = null)
{
    public bool IsSearchable => Status == PdfTextStatus.Searchable;
}
