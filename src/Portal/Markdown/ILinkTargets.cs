namespace Portal.Markdown;

/// <summary>What a link in a page can point at: the pages and files of the site being built.</summary>
internal interface ILinkTargets
{
    /// <summary>The URL of the page made from <c>input/&lt;relativePath&gt;</c>, or null if there is none.</summary>
    string? UrlOfSource(string relativePath);

    /// <summary>Whether <c>input/&lt;relativePath&gt;</c> is a draft page left out of this build.</summary>
    bool IsUnpublishedDraft(string relativePath);

    /// <summary>Whether a root-relative URL (<c>/ita/</c>, <c>/feed.xml</c>) is published by this build.</summary>
    bool IsPublishedUrl(string url);

    /// <summary>Whether <c>input/&lt;relativePath&gt;</c> is a file under <c>files/</c>.</summary>
    bool HasFile(string relativePath);
}
