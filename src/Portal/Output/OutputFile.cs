namespace Portal.Output;

/// <summary>One file of the finished site: made in memory (<see cref="Content"/>), copied from <see cref="CopyFrom"/>, or already written (<see cref="IsWritten"/>).</summary>
public sealed record OutputFile(string RelativePath, byte[]? Content, string? CopyFrom)
{
    public static OutputFile Bytes(string relativePath, byte[] content) => new(relativePath, content, null);

    public static OutputFile Copy(string relativePath, string sourcePath) => new(relativePath, null, sourcePath);

    /// <summary>A file an output wrote to the staging folder as soon as it made it (<see cref="OutputContext.WriteNow"/>): the write stage leaves it as it is.</summary>
    public static OutputFile Written(string relativePath) => new(relativePath, null, null);

    public bool IsWritten => Content is null && CopyFrom is null;
}
