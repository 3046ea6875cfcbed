using Portal.Cli;
using Portal.Diagnostics;

namespace Portal.Tests.Unit;

/// <summary><c>portal serve</c> shows a standing warning once, a new one when it appears, and every error on every rebuild.</summary>
public sealed class NewDiagnosticsTests
{
    private static readonly Diagnostic Standing = Diagnostic.Warning(DiagnosticCode.UnconfirmedValue, new SourceLocation("input/_data/site.yml", 30), "ไทย", "standing");
    private static readonly Diagnostic Error = Diagnostic.Error(DiagnosticCode.BrokenPageLink, new SourceLocation("input/a.md", 3), "ไทย", "error");
    private static readonly Diagnostic Fresh = Diagnostic.Warning(DiagnosticCode.RawHtml, new SourceLocation("input/a.md", 5), "ไทย", "fresh");

    [Fact]
    public void A_standing_warning_is_shown_once_a_new_one_when_it_appears_and_an_error_every_time()
    {
        var serve = new NewDiagnostics();

        var first = serve.Of([Standing, Error]);
        var second = serve.Of([Standing, Error]);
        var third = serve.Of([Standing, Fresh]);

        Assert.Equal([Standing, Error], first);
        Assert.Equal([Error], second);
        Assert.Equal([Fresh], third);
    }
}
