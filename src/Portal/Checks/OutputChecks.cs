using Portal.Diagnostics;

namespace Portal.Checks;

/// <summary>The checks <c>portal check</c> runs on the finished site, in this order.</summary>
internal static class OutputChecks
{
    public static readonly IReadOnlyList<IOutputCheck> BuiltIn =
    [
        new AnchorCheck(),
        new ImageAltTextCheck(),
        new HeadingOrderCheck(),
        new OutputLinkCheck(),
    ];

    public static void Run(IEnumerable<IOutputCheck> checks, CheckContext context, DiagnosticBag diagnostics)
    {
        foreach (var check in checks)
        {
            diagnostics.AddRange(check.Check(context));
        }
    }
}
