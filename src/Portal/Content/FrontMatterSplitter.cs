namespace Portal.Content;

/// <summary>Finds the YAML block between the opening and closing <c>---</c> lines of a page.</summary>
internal static class FrontMatterSplitter
{
    /// <param name="Yaml">The YAML text, or null when the page has no front matter.</param>
    /// <param name="YamlFirstLine">1-based line of the first YAML line in the file.</param>
    /// <param name="Unterminated">The page opens front matter but never closes it.</param>
    public readonly record struct Result(string? Yaml, int YamlFirstLine, bool Unterminated);

    public static Result Split(string text)
    {
        var span = text.AsSpan();
        if (span.Length > 0 && span[0] == '\uFEFF')
        {
            span = span[1..];
        }

        if (!IsFence(FirstLine(span, out var rest)))
        {
            return new Result(null, 0, false);
        }

        var yamlStart = span.Length - rest.Length;
        var offset = yamlStart;
        while (offset < span.Length)
        {
            var line = FirstLine(span[offset..], out var after);
            if (IsFence(line))
            {
                return new Result(span[yamlStart..offset].ToString(), 2, false);
            }

            offset = span.Length - after.Length;
        }

        return new Result(null, 2, true);
    }

    private static ReadOnlySpan<char> FirstLine(ReadOnlySpan<char> text, out ReadOnlySpan<char> rest)
    {
        var newline = text.IndexOf('\n');
        if (newline < 0)
        {
            rest = [];
            return text.TrimEnd('\r');
        }

        rest = text[(newline + 1)..];
        return text[..newline].TrimEnd('\r');
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd() is "---";
}
