namespace Portal.Tests.Unit;

/// <summary>The day of the build (issue 21, point 1): <c>--as-of</c>, else <c>SOURCE_DATE_EPOCH</c>, else the clock, in Bangkok (UTC+7).</summary>
public sealed class BuildDateTests
{
    private static readonly DateTimeOffset Clock = new(2026, 12, 6, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("1796489999", "2026-12-05")] // 2026-12-05 16:59:59 UTC is 23:59:59 in Bangkok
    [InlineData("1796490000", "2026-12-06")] // 17:00:00 UTC is midnight in Bangkok: already the 6th
    [InlineData(" 1796533200\n", "2026-12-06")]
    [InlineData("0", "1970-01-01")]
    public void Source_date_epoch_is_read_as_a_day_in_bangkok(string epoch, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), BuildDate.Resolve(null, epoch, Clock));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_the_variable_the_clock_gives_the_day_in_bangkok(string? epoch)
    {
        Assert.Equal(new DateOnly(2026, 12, 6), BuildDate.Resolve(null, epoch, new DateTimeOffset(2026, 12, 5, 17, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 12, 5), BuildDate.Resolve(null, epoch, new DateTimeOffset(2026, 12, 5, 16, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void As_of_overrides_the_variable_and_the_clock()
    {
        Assert.Equal(new DateOnly(2025, 3, 31), BuildDate.Resolve(new DateOnly(2025, 3, 31), "1796533200", Clock));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-5")]
    [InlineData("1.5")]
    public void A_malformed_variable_is_a_configuration_error_in_thai_and_english(string epoch)
    {
        var error = Assert.Throws<BuildConfigurationException>(() => BuildDate.Resolve(null, epoch, Clock));
        Assert.Contains("SOURCE_DATE_EPOCH", error.ThaiMessage, StringComparison.Ordinal);
        Assert.Contains("seconds since 1970-01-01 UTC", error.Message, StringComparison.Ordinal);
    }
}
