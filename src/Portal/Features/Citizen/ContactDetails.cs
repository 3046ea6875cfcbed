using Portal.Content;
using Portal.Diagnostics;
using Portal.Kinds;
using Portal.Site;
using YamlDotNet.RepresentationModel;

namespace Portal.Features.Citizen;

/// <summary>
/// Checks <c>contact:</c> in <c>input/_data/site.yml</c>, which the <c>/contact/</c> page shows: the office's address,
/// phone, e-mail, hours and map link, and other offices nearby that are not the body's own (the district office),
/// each with whose it is and its source. A wrong phone, e-mail or link is an error at its line; an office value that is
/// missing or empty (no source confirms it) is listed once as awaiting confirmation and the build warns about it. A
/// site without <c>contact:</c> has no contact page.
/// </summary>
internal static class ContactDetails
{
    public const string Key = "contact";

    /// <summary>Offices nearby that are not the body's own: never its own values, always with whose they are and a source.</summary>
    public const string OtherOfficesKey = "other_offices";

    private static readonly Member[] OtherOfficeMembers =
    [
        new("name", true, StructuredValues.RequiredTextReader),
        new("whose", true, StructuredValues.RequiredTextReader),
        new("address", false, StructuredValues.TextReader),
        new("phone", false, StructuredValues.PhoneReader),
        new("source", true, StructuredValues.RequiredTextReader),
    ];

    private static readonly Member[] Members =
    [
        new("address", false, StructuredValues.TextReader),
        new("phone", false, (node, values, key) => IsEmpty(node) ? null : StructuredValues.Phone(node, values, key)),
        new("email", false, (node, values, key) => IsEmpty(node) ? null : StructuredValues.Email(node, values, key)),
        new("hours", false, StructuredValues.TextReader),
        new("map_url", false, (node, values, key) => IsEmpty(node) ? null : StructuredValues.WebAddress(node, values, key)),
        new(OtherOfficesKey, false, (node, values, key) => StructuredValues.MappingList(node, values, key, OtherOfficeMembers)),
    ];

    /// <summary>How each value is named in the warning.</summary>
    private static readonly Dictionary<string, string> ThaiNames = new(StringComparer.Ordinal)
    {
        ["address"] = "ที่อยู่สำนักงาน",
        ["phone"] = "หมายเลขโทรศัพท์",
        ["email"] = "อีเมล",
        ["hours"] = "เวลาทำการ",
        ["map_url"] = "ลิงก์แผนที่",
    };

    public static void Validate(IEnumerable<DataFile> data, Organization organization, DiagnosticBag diagnostics)
    {
        if (data.FirstOrDefault(d => d.Key == SiteSettings.DataKey) is not { Yaml: YamlMappingNode root } file)
        {
            return;
        }

        var problems = new List<Diagnostic>();
        var values = new FrontMatterValues(new YamlSource(file.DisplayPath, FirstLine: 1), problems);
        var contactKey = new YamlScalarNode(Key);
        if (root.Children.TryGetValue(contactKey, out var node) && StructuredValues.Mapping(node, values, Key, Members) is not null)
        {
            var keyLocation = values.Location(root.Children.Keys.First(k => k.Equals(contactKey)));
            var entries = ((YamlMappingNode)node).Children;
            foreach (var member in Members.Where(m => ThaiNames.ContainsKey(m.Key)))
            {
                var memberKey = entries.Keys.FirstOrDefault(k => k.Equals(new YamlScalarNode(member.Key)));
                if (memberKey is null || IsEmpty(entries[memberKey]))
                {
                    problems.Add(ComplaintChannels.Unconfirmed(memberKey is null ? keyLocation : values.Location(memberKey), $"{Key}.{member.Key}",
                        $"{ThaiNames[member.Key]}ของ{organization.Word}ยังไม่มีแหล่งยืนยัน", $"the {organization.Kind}'s {member.Key} has no source yet"));
                }
            }
        }

        diagnostics.AddRange(problems);
    }

    private static bool IsEmpty(YamlNode node) => node is YamlScalarNode { Value: null or "" };
}
