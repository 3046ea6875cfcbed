namespace Portal.Diagnostics;

/// <summary>A place in a source file. <see cref="Path"/> is as the user sees it (e.g. <c>input/ita/results.md</c>); line and column start at 1.</summary>
public readonly record struct SourceLocation(string Path, int Line = 1, int Column = 1)
{
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
