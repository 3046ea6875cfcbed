namespace Portal.Content;

/// <summary>A YAML file under <c>input/_data/</c>. <see cref="Key"/> is its path without extension, e.g. <c>ita_results</c> or <c>oit/2566</c>.</summary>
public sealed record DataFile(string Key, string DisplayPath, object? Value);
