using Portal.Content;

namespace Portal.Kinds;

/// <summary>A dated news item: listed newest first on the home page and in the feed, so it needs its date.</summary>
public sealed class NewsKind : PageKind
{
    public override string Name => "news";

    public override string ThaiName => "ข่าว";

    public override IReadOnlyList<string> RequiredKeys => [FrontMatterKeys.Date];
}
