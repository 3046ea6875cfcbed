namespace Portal.Rendering;

/// <summary>A finished page: where it is written and its bytes (UTF-8 HTML).</summary>
public sealed record RenderedPage(string Url, string OutputPath, byte[] Html);
