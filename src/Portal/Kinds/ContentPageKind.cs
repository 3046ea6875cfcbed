namespace Portal.Kinds;

/// <summary>An ordinary page: a title, text and the common keys. The kind of every page that names no other.</summary>
public sealed class ContentPageKind : PageKind
{
    public const string KindName = "page";

    /// <summary>The kind a front matter has before its reader decides; kinds hold no state, so one instance serves all.</summary>
    public static readonly ContentPageKind Instance = new();

    public override string Name => KindName;

    public override string ThaiName => "ทั่วไป";
}
