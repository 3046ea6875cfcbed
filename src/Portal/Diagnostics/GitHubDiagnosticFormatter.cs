namespace Portal.Diagnostics;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=input/a.md,line=3,col=1,title=PT003::…</c>), so each
/// problem shows on its line of the pull request. Paths are made relative to the repository root.
/// </summary>
/// <param name="repositoryPath">Turns a displayed path (<c>input/a.md</c>) into one relative to the repository root.</param>
public sealed class GitHubDiagnosticFormatter(Func<string, string>? repositoryPath = null) : IDiagnosticFormatter
{
    public string Line(Diagnostic diagnostic)
    {
        var command = diagnostic.Severity.Word();
        var location = diagnostic.Location;
        var path = repositoryPath?.Invoke(location.Path) ?? location.Path;
        return $"::{command} file={Property(path)},line={location.Line},col={location.Column},title={Property(diagnostic.Code.Id)}::" +
            Data($"{diagnostic.ThaiMessage} ({diagnostic.EnglishMessage})");
    }

    /// <summary>Escaping of the message part, as the runner decodes it.</summary>
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>Property values also escape the separators of the property list.</summary>
    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
