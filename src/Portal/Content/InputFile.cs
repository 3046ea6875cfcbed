namespace Portal.Content;

/// <summary>A regular file found under <c>input/</c>: its path inside input (with <c>/</c>), the real path it is read from, and its size.</summary>
public sealed record InputFile(string RelativePath, string RealPath, long Length);
