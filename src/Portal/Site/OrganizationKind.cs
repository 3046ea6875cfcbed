namespace Portal.Site;

/// <summary>
/// The kind of public body a site belongs to, as <c>site.yml</c>'s <c>organization:</c> names it: its key, the word the
/// theme uses for the body in phrases ("ติดต่อ{word}") unless the site states its own, and the Thai names
/// <c>portal init --kind</c> accepts beside the key.
/// </summary>
public sealed record OrganizationKind(string Key, string Word, string ThaiName, bool IsLocalGovernment, IReadOnlyList<string> ThaiAliases)
{
    public static readonly OrganizationKind Municipality = new("municipality", "เทศบาล", "เทศบาล", true, ["เทศบาล"]);

    public static readonly OrganizationKind Subdistrict = new("subdistrict", "อบต.", "องค์การบริหารส่วนตำบล (อบต.)", true, ["อบต.", "อบต", "องค์การบริหารส่วนตำบล"]);

    public static readonly OrganizationKind Provincial = new("provincial", "อบจ.", "องค์การบริหารส่วนจังหวัด (อบจ.)", true, ["อบจ.", "อบจ", "องค์การบริหารส่วนจังหวัด"]);

    public static readonly OrganizationKind Agency = new("agency", "หน่วยงาน", "หน่วยงานอื่น", false, ["อื่น ๆ", "อื่นๆ", "อื่น", "หน่วยงานอื่น", "หน่วยงาน"]);

    public static readonly IReadOnlyList<OrganizationKind> All = [Municipality, Subdistrict, Provincial, Agency];

    /// <summary>The kind named by its key (any capitals) or one of its Thai names, spaces around it ignored; null for none.</summary>
    public static OrganizationKind? Find(string value)
    {
        var name = value.Trim();
        return All.FirstOrDefault(k => string.Equals(k.Key, name, StringComparison.OrdinalIgnoreCase) || k.ThaiAliases.Contains(name, StringComparer.Ordinal));
    }

    public override string ToString() => $"{ThaiName} ({Key})";
}
