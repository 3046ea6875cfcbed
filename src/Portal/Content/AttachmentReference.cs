using Portal.Diagnostics;

namespace Portal.Content;

/// <summary>An attachment a page lists in front matter: a path under <c>input/files/</c> and the title readers see.</summary>
public sealed record AttachmentReference(string File, string Title, SourceLocation Location);
