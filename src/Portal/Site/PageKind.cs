namespace Portal.Site;

public enum PageKind
{
    /// <summary>Written by staff as <c>input/**.md</c>.</summary>
    Markdown,

    /// <summary>Made by the build (the 404 page; later the OIT item pages), rendered through the same layouts.</summary>
    Generated,
}
