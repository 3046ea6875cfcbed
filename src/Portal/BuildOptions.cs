namespace Portal;

/// <summary>What to build and where. Display roots are how the user named the folders, used in messages.</summary>
/// <param name="CmsProxyUrl">Under <c>portal serve --cms</c>: where the browser reaches decap-server through the preview server, so <c>/admin/</c> saves into the input folder on this machine.</param>
/// <param name="CmsReview">With <paramref name="CmsProxyUrl"/>: decap-server keeps each save on a git branch of its own, so <c>/admin/</c> shows the review workflow of the live site.</param>
/// <param name="AsOf">The day of the build (<c>--as-of</c>); null takes <c>SOURCE_DATE_EPOCH</c> or the clock (<see cref="BuildDate"/>).</param>
/// <param name="Preview">A build to look at before publishing (a deploy preview, <c>portal serve</c>): templates see <c>site.preview</c> and show a banner.</param>
public sealed record BuildOptions(
    string InputDirectory = "input",
    string ThemeDirectory = "theme",
    string OutputDirectory = "_site",
    string? BaseUrl = null,
    bool IncludeDrafts = false,
    bool Preview = false,
    string? CmsProxyUrl = null,
    bool CmsReview = false,
    DateOnly? AsOf = null);
