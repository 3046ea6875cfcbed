using Portal.Diagnostics;
using Portal.Features.Oit;

namespace Portal.Content;

/// <summary>An attachment a page lists in front matter: a path under <c>input/files/</c>, the title readers see, and the OIT items it is evidence for.</summary>
public sealed record AttachmentReference(string File, string Title, SourceLocation Location)
{
    public IReadOnlyList<OitClaim> Oit { get; init; } = [];
}
