namespace Portal.Rendering;

/// <summary>A theme mistake found while rendering (a missing asset, a chart without data); reported as a diagnostic, never as a crash.</summary>
internal sealed class TemplateRenderException(string message) : Exception(message);
