namespace Portal.Features.Search;

/// <summary>The page that lists an attachment, which a result for the attachment names ("แนบใน: …").</summary>
/// <param name="Url">The page's URL, percent-encoded as links are.</param>
internal sealed record SearchListing(string Url, string Title);
