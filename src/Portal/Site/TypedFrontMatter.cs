using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Site;

/// <summary>A page's front matter as the model stage typed it, with what typing it reported (reported again each build it is reused).</summary>
internal sealed record TypedFrontMatter(FrontMatter FrontMatter, IReadOnlyList<Diagnostic> Problems);
