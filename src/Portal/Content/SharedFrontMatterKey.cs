using Portal.Extensions;
using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>
/// A front-matter key a feature adds to every kind (<c>oit:</c>), and optionally to every attachment
/// (<c>attachments: [{file, title, oit}]</c>). <see cref="Read"/> reports a wrong value at its line and returns the typed
/// value, which the page (or attachment) carries in its <c>Extensions</c> under the value's own type; null stores nothing.
/// </summary>
/// <param name="Read">The value node, the page's readers, and the key as messages name it (<c>attachments.oit</c>).</param>
public sealed record SharedFrontMatterKey(string Key, Func<YamlNode, FrontMatterValues, string, object?> Read, bool OnAttachments = false)
{
    /// <summary><paramref name="data"/> with <paramref name="value"/> under its own type; unchanged for null.</summary>
    public static FeatureData Store(FeatureData data, object? value) => value is null ? data : data.With(value.GetType(), value);
}
