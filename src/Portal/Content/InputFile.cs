namespace Portal.Content;

/// <summary>A regular file found under <c>input/</c>: its path inside input (with <c>/</c>), the real path it is read from, its size and when it last changed.</summary>
/// <param name="LastWriteTimeUtc">From the same status the walk read for the size, so a build session can tell an unchanged file without asking the file system again.</param>
public sealed record InputFile(string RelativePath, string RealPath, long Length, DateTime LastWriteTimeUtc = default);
