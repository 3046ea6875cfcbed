namespace Portal.BrowserTests.Infrastructure;

/// <summary>A test that needs chromium: skipped with a clear message when it is missing, unless <c>CI=true</c>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = Chromium.SkipReason;
    }
}
