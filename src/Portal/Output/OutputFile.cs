namespace Portal.Output;

/// <summary>One file of the finished site: made in memory (<see cref="Content"/>) or copied from <see cref="CopyFrom"/>.</summary>
public sealed record OutputFile(string RelativePath, byte[]? Content, string? CopyFrom)
{
    public static OutputFile Bytes(string relativePath, byte[] content) => new(relativePath, content, null);

    public static OutputFile Copy(string relativePath, string sourcePath) => new(relativePath, null, sourcePath);
}
