namespace Portal.Content;

/// <summary>
/// What a kind of page needs beyond the common front matter: the keys its layout cannot do without
/// (a news item without a date cannot be listed or put in the feed). Page kinds with fields of their
/// own (service manuals, complaint channels) are added here as schemas, not as special cases.
/// </summary>
public sealed record LayoutSchema(string Layout, string ThaiName, IReadOnlyList<string> RequiredKeys);
