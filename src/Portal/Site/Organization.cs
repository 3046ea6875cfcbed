using Portal.Content;
using Portal.Diagnostics;
using Portal.Kinds;
using YamlDotNet.RepresentationModel;

namespace Portal.Site;

/// <summary>
/// The public body the site belongs to, from <c>organization:</c> in <c>input/_data/site.yml</c>: its kind, the word the
/// theme uses for it in phrases ("ติดต่อ{word}", "ข้อมูลที่รอ{word}ยืนยัน") and its province. Templates read it as
/// <c>site.organization.kind</c>, <c>.word</c> and <c>.province</c>, so one theme serves every kind of body.
/// </summary>
public sealed record Organization(string Kind, string Word, string? Province)
{
    public const string Key = "organization";

    /// <summary>
    /// A site made before <c>organization:</c> existed: it was a municipality's, and its pages read as they did.
    /// <c>portal init</c> always writes <c>organization:</c>.
    /// </summary>
    public static readonly Organization Unstated = new(OrganizationKind.Municipality.Key, OrganizationKind.Municipality.Word, null);

    private static readonly Member[] Members =
    [
        new("kind", true, (node, values, key) => ReadKind(node, values, key)),
        new("word", true, (node, values, key) => ReadWord(node, values, key))
        {
            Missing = location => MissingWord(location),
        },
        new("province", false, StructuredValues.TextReader),
    ];

    /// <summary>The organization <paramref name="siteFile"/> states, or <see cref="Unstated"/>; each mistake is reported at its line.</summary>
    public static Organization Read(DataFile? siteFile, DiagnosticBag diagnostics)
    {
        if (siteFile is not { Yaml: YamlMappingNode root } || !root.Children.TryGetValue(new YamlScalarNode(Key), out var node))
        {
            return Unstated;
        }

        var problems = new List<Diagnostic>();
        var values = new FrontMatterValues(new YamlSource(siteFile.DisplayPath, FirstLine: 1), problems);
        var read = StructuredValues.Mapping(node, values, Key, Members);
        diagnostics.AddRange(problems);
        return read is not null && read.GetValueOrDefault("kind") is string kind && read.GetValueOrDefault("word") is string word
            ? new Organization(kind, word, read.GetValueOrDefault("province") as string)
            : Unstated;
    }

    private static string? ReadKind(YamlNode node, FrontMatterValues values, string key)
    {
        var kind = values.Text(node, key);
        if (kind is null && node is not YamlScalarNode || kind is not null && OrganizationKind.All.Any(k => k.Key == kind))
        {
            return kind;
        }

        var (thaiHint, englishHint) = DidYouMean.Hint(kind ?? "", [.. OrganizationKind.All.Select(k => k.Key)]);
        values.Report(Diagnostic.Error(DiagnosticCode.UnknownOrganizationKind, values.Location(node),
            $"'{key}' ต้องเป็น municipality (เทศบาล), subdistrict (อบต.), provincial (อบจ.) หรือ agency (หน่วยงานอื่น) ไม่ใช่ '{kind}'{thaiHint}",
            $"'{key}' must be municipality, subdistrict, provincial or agency, not '{kind}'{englishHint}"));
        return null;
    }

    private static string? ReadWord(YamlNode node, FrontMatterValues values, string key)
    {
        var word = values.Text(node, key)?.Trim();
        if (word is { Length: > 0 } || node is not YamlScalarNode)
        {
            return word;
        }

        values.Report(MissingWord(values.Location(node)));
        return null;
    }

    private static Diagnostic MissingWord(SourceLocation location) =>
        Diagnostic.Error(DiagnosticCode.MissingOrganizationWord, location,
            "organization ต้องมี word: คำที่หน้าเว็บใช้เรียกหน่วยงาน เช่น เทศบาล, อบต., อบจ. หรือ หน่วยงาน (เช่น \"ติดต่อเทศบาล\")",
            "organization needs word: what the pages call the body, e.g. เทศบาล, อบต., อบจ. or หน่วยงาน (as in \"ติดต่อเทศบาล\")");
}
