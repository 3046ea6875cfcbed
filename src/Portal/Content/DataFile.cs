using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>A YAML, CSV or text file under <c>input/_data/</c>. <see cref="Key"/> is its path without extension, e.g. <c>ita_results</c> or <c>oit/2566</c>.</summary>
/// <param name="Yaml">A YAML file's parsed nodes, with line numbers, so a reader of its own (the OIT catalogs, complaint channels) can report a wrong value at its line; null for CSV, text or bad YAML.</param>
/// <param name="Table">A CSV file's header and rows; null for YAML.</param>
public sealed record DataFile(string Key, string DisplayPath, object? Value, YamlNode? Yaml = null, CsvTable? Table = null);
