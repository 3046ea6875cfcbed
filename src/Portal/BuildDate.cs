using System.Globalization;

namespace Portal;

/// <summary>
/// The day of the build in Asia/Bangkok (UTC+7 all year, no daylight saving): the date OIT statuses are
/// counted at. <c>--as-of</c> overrides it; else <c>SOURCE_DATE_EPOCH</c> (the reproducible-builds convention,
/// and how tests pin it); else the clock. Never the newest content date: then nothing would ever fall due.
/// </summary>
public static class BuildDate
{
    public const string EpochVariable = "SOURCE_DATE_EPOCH";

    private static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);

    /// <summary>The build date from <paramref name="asOf"/>, this process's <c>SOURCE_DATE_EPOCH</c> or the clock.</summary>
    public static DateOnly Resolve(DateOnly? asOf) =>
        Resolve(asOf, Environment.GetEnvironmentVariable(EpochVariable), DateTimeOffset.UtcNow);

    /// <param name="sourceDateEpoch">Seconds since 1970-01-01 UTC; blank means unset.</param>
    public static DateOnly Resolve(DateOnly? asOf, string? sourceDateEpoch, DateTimeOffset now)
    {
        if (asOf is { } date)
        {
            return date;
        }

        var instant = string.IsNullOrWhiteSpace(sourceDateEpoch) ? now
            : long.TryParse(sourceDateEpoch.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : throw new BuildConfigurationException(
                    $"{EpochVariable} '{sourceDateEpoch}' ต้องเป็นจำนวนวินาทีนับจาก 1 มกราคม ค.ศ. 1970 (UTC)",
                    $"{EpochVariable} '{sourceDateEpoch}' must be a whole number of seconds since 1970-01-01 UTC");
        return DateOnly.FromDateTime(instant.ToOffset(Bangkok).DateTime);
    }
}
