using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>A YAML file under <c>input/_data/</c>. <see cref="Key"/> is its path without extension, e.g. <c>ita_results</c> or <c>oit/2566</c>.</summary>
/// <param name="Yaml">The parsed YAML, with line numbers, for data that is checked (the OIT catalogs); null for a text file or bad YAML.</param>
public sealed record DataFile(string Key, string DisplayPath, object? Value, YamlNode? Yaml = null);
