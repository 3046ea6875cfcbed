namespace Portal.Features.Dashboard;

/// <summary>How sources are read (docs/dashboard.md, "Limits"): downloads at once, the time each may take, the bytes each may have, and redirects followed.</summary>
internal sealed record SourceLimits(int Parallel = SourceLimits.DefaultParallel, TimeSpan? Timeout = null, long MaxBytes = SourceLimits.DefaultMaxBytes)
{
    public const int DefaultParallel = 8;
    public const double DefaultTimeoutSeconds = 10;

    /// <summary>The largest coverage.json this engine writes for a real site (2566: 43 items with their evidence) is 11 kB: 1 MiB leaves room for any real report.</summary>
    public const long DefaultMaxBytes = 1024 * 1024;

    public const int MaxRedirects = 5;

    public TimeSpan TimeoutEach => Timeout ?? TimeSpan.FromSeconds(DefaultTimeoutSeconds);
}
