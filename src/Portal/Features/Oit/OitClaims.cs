using Portal.Content;
using Portal.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Portal.Features.Oit;

/// <summary>
/// The OIT items a page or an attachment is evidence for (<c>oit: ["2566/O42"]</c>), each checked for its form when read
/// and against the catalogs by <see cref="OitGenerator"/>. Carried in the page's (or attachment's) <c>Extensions</c>.
/// </summary>
internal sealed record OitClaims(IReadOnlyList<OitClaim> Claims)
{
    /// <summary>The key on a page and on each attachment.</summary>
    public const string Key = "oit";

    /// <summary><c>oit:</c> on every kind and every attachment.</summary>
    public static readonly SharedFrontMatterKey FrontMatterKey = new(Key, Read, OnAttachments: true);

    public static IReadOnlyList<OitClaim> Of(FrontMatter frontMatter) => frontMatter.Extensions.Get<OitClaims>()?.Claims ?? [];

    public static IReadOnlyList<OitClaim> Of(AttachmentReference attachment) => attachment.Extensions.Get<OitClaims>()?.Claims ?? [];

    /// <summary>A list of OIT claims, each checked for its form here and against the catalogs later.</summary>
    private static OitClaims Read(YamlNode node, FrontMatterValues values, string key)
    {
        if (node is not YamlSequenceNode sequence || !sequence.Children.All(c => c is YamlScalarNode))
        {
            values.InvalidValue(node, key, $"รายการรหัส OIT เช่น [\"2566/O42\"] ({OitClaim.Form})", $"a list of OIT claims, e.g. [\"2566/O42\"] ({OitClaim.EnglishForm})");
            return new OitClaims([]);
        }

        var problems = new List<Diagnostic>();
        var claims = sequence.Children.Cast<YamlScalarNode>()
            .Select(s => OitClaim.Parse((s.Value ?? "").Trim(), values.Location(s), problems))
            .OfType<OitClaim>()
            .ToList();
        problems.ForEach(values.Report);
        return new OitClaims(claims);
    }
}
