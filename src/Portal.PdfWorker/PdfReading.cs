namespace Portal.PdfWorker;

/// <summary>
/// What the worker answers for one PDF, one JSON line each: the text of its first pages and how many pages
/// gave it, or why the file could not be read.
/// </summary>
/// <param name="Text">The text of the first pages, a line break after each, up to <see cref="PdfPages.MaxCharacters"/>.</param>
/// <param name="PagesRead">How many pages the text comes from.</param>
/// <param name="Problem">Why the file could not be read (the reader's message); null when it could.</param>
public sealed record PdfReading(string Text, int PagesRead, string? Problem);
