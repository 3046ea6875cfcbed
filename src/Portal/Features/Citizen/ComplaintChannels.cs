using Portal.Content;
using Portal.Diagnostics;
using Portal.Kinds;
using YamlDotNet.RepresentationModel;

namespace Portal.Features.Citizen;

/// <summary>
/// Checks <c>input/_data/complaint-channels.yml</c>, which the <c>complaints</c> layout lists: the handling steps of
/// the OIT guideline, and each channel with its kind, its address or link, its hours, what happens next and within how
/// long, whether it is for corruption complaints (kept apart from general ones, as OIT requires) and the protection
/// given to the person who complains. A bad phone, e-mail or link is an error at its line; a channel whose address
/// or link no source gives, or missing handling steps, is shown as awaiting confirmation ("รอยืนยันจาก" and the organization's word) and warned about.
/// </summary>
internal static class ComplaintChannels
{
    public const string DataKey = "complaint-channels";

    /// <summary>Each kind of channel and the key that holds how to reach it.</summary>
    public static readonly IReadOnlyDictionary<string, string> TargetKeyOfKind = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["web_form"] = "link",
        ["email"] = "email",
        ["phone"] = "phone",
        ["post"] = "address",
        ["in_person"] = "address",
        ["facebook"] = "link",
        ["line"] = "link",
    };

    private static readonly Member[] ChannelMembers =
    [
        new("name", true, StructuredValues.RequiredTextReader),
        new("kind", true, (node, values, key) => Kind(node, values, key)),
        new("link", false, StructuredValues.WebAddressReader),
        new("email", false, StructuredValues.EmailReader),
        new("phone", false, StructuredValues.PhoneReader),
        new("address", false, StructuredValues.TextReader),
        new("hours", false, StructuredValues.TextReader),
        new("next_steps", false, StructuredValues.TextReader),
        new("response_time", false, StructuredValues.TextReader),
        new("corruption", true, (node, values, key) => values.Boolean(node, key)),
        new("protection", false, StructuredValues.TextReader),
        new("source", false, StructuredValues.TextReader),
    ];

    private static readonly Member[] FileMembers =
    [
        new("handling_steps", false, (node, values, key) => ProcedureSteps.Read(node, values, key)),
        new("channels", true, (node, values, key) => Channels(node, values, key)),
    ];

    public static void Validate(IEnumerable<DataFile> data, DiagnosticBag diagnostics)
    {
        if (data.FirstOrDefault(d => d.Key == DataKey) is not { Yaml: { } root } file)
        {
            return;
        }

        var problems = new List<Diagnostic>();
        var values = new FrontMatterValues(new YamlSource(file.DisplayPath, FirstLine: 1), problems);
        var result = StructuredValues.Mapping(root, values, "complaint-channels", FileMembers);
        if (result is not null && !result.ContainsKey("handling_steps"))
        {
            problems.Add(Unconfirmed(values.Location(root), "handling_steps",
                "ขั้นตอนการจัดการเรื่องร้องเรียน (handling_steps) ยังไม่มีแหล่งยืนยัน", "the complaint handling steps (handling_steps) have no source yet"));
        }

        diagnostics.AddRange(problems);
    }

    public static Diagnostic Unconfirmed(SourceLocation location, string key, string thai, string english) =>
        Diagnostic.Warning(DiagnosticCode.UnconfirmedValue, location,
            $"{thai} จึงแสดงว่ารอยืนยัน ({key})", $"{english}, so it is shown as awaiting confirmation");

    private static IReadOnlyList<Dictionary<string, object?>> Channels(YamlNode node, FrontMatterValues values, string key)
    {
        var channels = StructuredValues.MappingList(node, values, key, ChannelMembers);
        if (node is YamlSequenceNode sequence)
        {
            foreach (var (item, channel) in sequence.Children.OfType<YamlMappingNode>().Zip(channels))
            {
                if (channel.GetValueOrDefault("kind") is string kind && !channel.ContainsKey(TargetKeyOfKind[kind]))
                {
                    var target = TargetKeyOfKind[kind];
                    values.Report(Unconfirmed(values.Location(item), target,
                        $"ช่องทาง '{channel.GetValueOrDefault("name")}' ยังไม่มี '{target}' ที่มีแหล่งยืนยัน",
                        $"channel '{channel.GetValueOrDefault("name")}' has no confirmed '{target}'"));
                }
            }
        }

        return channels;
    }

    private static string? Kind(YamlNode node, FrontMatterValues values, string key)
    {
        var kind = StructuredValues.RequiredText(node, values, key);
        if (kind is null || TargetKeyOfKind.ContainsKey(kind))
        {
            return kind;
        }

        var (thai, english) = DidYouMean.Hint(kind, [.. TargetKeyOfKind.Keys]);
        values.InvalidValue(node, key, $"ชนิดช่องทางที่มีอยู่ ({string.Join(", ", TargetKeyOfKind.Keys)}) ไม่ใช่ '{kind}'{thai}",
            $"a known channel kind ({string.Join(", ", TargetKeyOfKind.Keys)}), not '{kind}'{english}");
        return null;
    }
}
