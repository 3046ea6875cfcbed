using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>A YAML or CSV file under <c>input/_data/</c>. <see cref="Key"/> is its path without extension, e.g. <c>ita_results</c> or <c>oit/2566</c>.</summary>
/// <param name="Root">A YAML file's parsed nodes, so a reader of its own can report a wrong value at its line; null for CSV.</param>
/// <param name="Table">A CSV file's header and rows; null for YAML.</param>
public sealed record DataFile(string Key, string DisplayPath, object? Value, YamlNode? Root = null, CsvTable? Table = null);
