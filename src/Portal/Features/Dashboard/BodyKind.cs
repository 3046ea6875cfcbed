namespace Portal.Features.Dashboard;

/// <summary>The kinds of public body of sources.yml, as site.yml's <c>organization.kind</c> names them.</summary>
internal enum BodyKind
{
    Municipality,
    Subdistrict,
    Provincial,
    Agency,
}

internal static class BodyKinds
{
    /// <summary>The names, in the order of <see cref="BodyKind"/>.</summary>
    public static readonly string[] Names = ["municipality", "subdistrict", "provincial", "agency"];

    public static BodyKind? Parse(string name) => Array.IndexOf(Names, name) is var index and >= 0 ? (BodyKind)index : null;

    /// <summary>The kind in a table of a dashboard page: เทศบาล, อบต., อบจ., หน่วยงาน.</summary>
    public static string ThaiWord(BodyKind kind) => kind switch
    {
        BodyKind.Municipality => "เทศบาล",
        BodyKind.Subdistrict => "อบต.",
        BodyKind.Provincial => "อบจ.",
        _ => "หน่วยงาน",
    };
}
