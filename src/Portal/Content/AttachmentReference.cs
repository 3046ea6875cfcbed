using Portal.Diagnostics;
using Portal.Extensions;

namespace Portal.Content;

/// <summary>An attachment a page lists in front matter: a path under <c>input/files/</c>, the title readers see, and what features read from its shared keys (<see cref="SharedFrontMatterKey.OnAttachments"/>).</summary>
public sealed record AttachmentReference(string File, string Title, SourceLocation Location)
{
    public FeatureData Extensions { get; init; } = FeatureData.Empty;
}
