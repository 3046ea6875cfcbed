namespace Portal.Rendering;

/// <summary>A finished page: where it is written, its bytes (UTF-8 HTML), and the plain text of its Markdown body (empty for a generated page).</summary>
public sealed record RenderedPage(string Url, string OutputPath, byte[] Html, string Text);
