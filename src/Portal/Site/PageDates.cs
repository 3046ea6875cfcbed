using Portal.Content;

namespace Portal.Site;

/// <summary>
/// When a page was published and last changed, as readers, the sitemap and the feed see them.
/// Published: <c>date</c>, else the file's first commit. Last changed: <c>updated</c>, else the file's
/// last commit, else <c>date</c>.
/// </summary>
/// <param name="LacksHistory">Neither <c>updated</c> nor git said when the page last changed, so <c>date</c> (if any) stood in.</param>
public sealed record PageDates(DateOnly? Published, DateOnly? Modified, bool LacksHistory)
{
    public static PageDates None { get; } = new(null, null, LacksHistory: false);

    public static PageDates Of(FrontMatter frontMatter, (DateOnly First, DateOnly Last)? history) => new(
        frontMatter.Date ?? history?.First,
        frontMatter.Updated ?? history?.Last ?? frontMatter.Date,
        LacksHistory: frontMatter.Updated is null && history is null);
}
