namespace Portal.Content;

/// <summary>A file under <c>input/files/</c>, published as-is at <c>/files/…</c>.</summary>
public sealed record StaticFile(string RelativePath, string DisplayPath, string FullPath, long Length, DateTime LastWriteTimeUtc);
