namespace Portal.BrowserTests.Infrastructure;

/// <summary>
/// A program the browser tests need from the machine (Debian's chromium, a Java runtime). On a developer's
/// machine without it the tests are skipped with a message that says what to install; in CI (<c>CI=true</c>)
/// they run anyway, so a missing install step fails loudly instead of passing as "skipped".
/// </summary>
internal static class RequiredTool
{
    public static bool InContinuousIntegration =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The skip reason for a test that needs <paramref name="path"/>, or null when the test must run.</summary>
    public static string? SkipReasonUnless(string path, string install) =>
        File.Exists(path) || InContinuousIntegration
            ? null
            : $"ไม่พบ {path} จึงข้ามการทดสอบนี้ ติดตั้งด้วย {install} ({path} is missing, so this test is skipped; install it with: {install})";

    /// <summary>Fails with the install hint when the tool is missing (reached only when the test is not skipped, i.e. in CI).</summary>
    public static void EnsureExists(string path, string install)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"ไม่พบ {path} ซึ่งต้องใช้ใน CI ติดตั้งด้วย {install} ({path} is required in CI; install it with: {install})");
        }
    }
}
