namespace Portal.BrowserTests.Infrastructure;

/// <summary>A test of the web editor: needs chromium and decap-server (npm ci --prefix tools/decap-server); skipped without them, unless <c>CI=true</c>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CmsFactAttribute : FactAttribute
{
    public CmsFactAttribute()
    {
        Skip = Chromium.SkipReason ?? RequiredTool.SkipReasonUnless(
            Path.Combine(RepositoryPaths.RepositoryRoot, Serve.DecapServer.InstallFolder, "node_modules", "decap-server", "dist", "index.js"),
            $"npm ci --prefix {Serve.DecapServer.InstallFolder}");
    }
}
