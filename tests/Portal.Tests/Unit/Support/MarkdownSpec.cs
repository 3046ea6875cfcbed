namespace Portal.Tests.Unit.Support;

/// <summary>One example of a spec file: Markdown in, expected HTML out.</summary>
/// <param name="Number">1-based, in file order (the number the test name shows).</param>
/// <param name="Line">The line of the opening fence, for failure messages.</param>
/// <param name="Section">The nearest heading above the example.</param>
internal sealed record SpecExample(string File, int Number, int Line, string Section, string Markdown, string Html);

/// <summary>
/// Reads spec files in the CommonMark spec format (as Markdig's tests do): each example is a block
/// opened by 32 backticks and <c>example</c>, holding Markdown, a line with a single <c>.</c>, and the
/// expected HTML, closed by 32 backticks. <c>→</c> stands for a tab.
/// </summary>
internal static class MarkdownSpec
{
    public const string Fence = "````````````````````````````````";
    private const string Opening = Fence + " example";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static IReadOnlyList<string> FileNames() =>
        [.. Directory.EnumerateFiles(Folder, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static IReadOnlyList<SpecExample> Read(string fileName)
    {
        var lines = File.ReadAllText(Path.Combine(Folder, fileName)).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var examples = new List<SpecExample>();
        var section = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#'))
            {
                section = lines[i].TrimStart('#').Trim();
                continue;
            }

            if (lines[i] != Opening)
            {
                continue;
            }

            var start = i;
            var markdown = new List<string>();
            var html = new List<string>();
            for (i++; i < lines.Length && lines[i] != "."; i++)
            {
                markdown.Add(lines[i]);
            }

            for (i++; i < lines.Length && lines[i] != Fence; i++)
            {
                html.Add(lines[i]);
            }

            if (i >= lines.Length)
            {
                throw new InvalidDataException($"{fileName}:{start + 1}: the example has no '.' line or no closing fence");
            }

            examples.Add(new SpecExample(fileName, examples.Count + 1, start + 1, section,
                Untab(string.Join('\n', markdown)) + "\n", Untab(string.Join('\n', html))));
        }

        return examples;
    }

    private static string Untab(string text) => text.Replace('→', '\t');
}
