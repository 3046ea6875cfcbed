namespace Portal.BrowserTests.Infrastructure;

/// <summary>A theory that needs chromium: skipped as a <see cref="BrowserFactAttribute"/> is.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = Chromium.SkipReason;
    }
}
