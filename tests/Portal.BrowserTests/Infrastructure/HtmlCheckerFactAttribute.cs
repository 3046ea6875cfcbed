namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// A test that runs the Nu Html Checker: it needs Debian's Java runtime and <c>npm ci</c> in this project's folder.
/// Skipped with a clear message when either is missing, unless <c>CI=true</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class HtmlCheckerFactAttribute : FactAttribute
{
    public const string Java = "/usr/bin/java";

    public const string JavaInstall = "apt-get install -y default-jre-headless";

    public static string VnuJar => Path.Combine(RepositoryPaths.ProjectDirectory, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string VnuInstall => $"npm ci --prefix {RepositoryPaths.ProjectDirectory}";

    public HtmlCheckerFactAttribute()
    {
        Skip = RequiredTool.SkipReasonUnless(Java, JavaInstall) ?? RequiredTool.SkipReasonUnless(VnuJar, VnuInstall);
    }
}
