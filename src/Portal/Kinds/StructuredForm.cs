namespace Portal.Kinds;

/// <summary>
/// How a structured front-matter value looks in a form (the web editor at <c>/admin/</c>): a list of mappings
/// (<c>channels</c>) or one mapping (<c>chart</c>), with the members its reader accepts.
/// </summary>
public sealed record StructuredForm(bool IsList, IReadOnlyList<Member> Members);
