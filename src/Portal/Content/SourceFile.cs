namespace Portal.Content;

/// <summary>A file read from <c>input/</c>: its path relative to input (always with <c>/</c>) and the path shown to staff in messages.</summary>
public sealed record SourceFile(string RelativePath, string DisplayPath, string Text);
