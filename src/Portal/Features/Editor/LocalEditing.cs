namespace Portal.Features.Editor;

/// <summary>
/// <c>portal serve --cms</c> (or <c>--cms-review</c>): <c>/admin/</c> saves through decap-server on this machine. Given in
/// <see cref="BuildOptions.Extensions"/>; without it <c>/admin/</c> saves to the git host named in <c>site.yml</c>.
/// </summary>
/// <param name="ProxyUrl">Where the browser reaches decap-server through the preview server.</param>
/// <param name="Review">decap-server keeps each save on a git branch of its own, so <c>/admin/</c> shows the review workflow of the live site.</param>
public sealed record LocalEditing(string ProxyUrl, bool Review);
