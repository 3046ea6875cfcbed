namespace Portal.Output;

/// <summary>
/// An output that no page reads and that reports no errors, only warnings (the search index: PT050 for a PDF
/// it cannot read), which a preview may make after serving the changed pages: <see cref="BuildSession.Preview"/>
/// writes the site with the files it made last, and <see cref="PreviewBuild.Complete"/> makes it anew (its
/// warnings are not shown there). A build makes it like any other output.
/// </summary>
public interface IDeferrableOutput : ISiteOutput;
