using Portal.Thai;

namespace Portal.Tests.Unit;

public sealed class ThaiDateTests
{
    [Fact]
    public void Formats_day_thai_month_and_buddhist_year() =>
        Assert.Equal("15 กุมภาพันธ์ 2566", ThaiDate.Format(new DateOnly(2023, 2, 15)));

    [Theory]
    [InlineData(1, "มกราคม")]
    [InlineData(2, "กุมภาพันธ์")]
    [InlineData(3, "มีนาคม")]
    [InlineData(4, "เมษายน")]
    [InlineData(5, "พฤษภาคม")]
    [InlineData(6, "มิถุนายน")]
    [InlineData(7, "กรกฎาคม")]
    [InlineData(8, "สิงหาคม")]
    [InlineData(9, "กันยายน")]
    [InlineData(10, "ตุลาคม")]
    [InlineData(11, "พฤศจิกายน")]
    [InlineData(12, "ธันวาคม")]
    public void Every_month_has_its_thai_name(int month, string name) =>
        Assert.Equal($"10 {name} 2566", ThaiDate.Format(new DateOnly(2023, month, 10)));

    [Fact]
    public void First_of_january_has_no_leading_zero_and_the_new_year() =>
        Assert.Equal("1 มกราคม 2567", ThaiDate.Format(new DateOnly(2024, 1, 1)));

    [Fact]
    public void Last_day_of_the_year() =>
        Assert.Equal("31 ธันวาคม 2566", ThaiDate.Format(new DateOnly(2023, 12, 31)));

    [Fact]
    public void Leap_day() =>
        Assert.Equal("29 กุมภาพันธ์ 2567", ThaiDate.Format(new DateOnly(2024, 2, 29)));

    [Fact]
    public void Format_does_not_depend_on_the_current_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // th-TH uses the Thai Buddhist calendar and could print 2566 + 543 or Thai digits.
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("th-TH");
            Assert.Equal("15 กุมภาพันธ์ 2566", ThaiDate.Format(new DateOnly(2023, 2, 15)));
            Assert.Equal("2023-02-15", ThaiDate.ToIso(new DateOnly(2023, 2, 15)));
            Assert.True(ThaiDate.TryParseIso("2023-02-15", out var date));
            Assert.Equal(new DateOnly(2023, 2, 15), date);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("2023-02-15", 2023, 2, 15)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2022-10-01", 2022, 10, 1)]
    [InlineData("2023-12-31", 2023, 12, 31)]
    public void Parses_real_iso_dates(string text, int year, int month, int day)
    {
        Assert.True(ThaiDate.TryParseIso(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2023-13-01")]
    [InlineData("2023-00-10")]
    [InlineData("2023-04-31")]
    [InlineData("2023-2-5")]
    [InlineData("2023-02-5")]
    [InlineData("15/02/2023")]
    [InlineData("2023/02/15")]
    [InlineData("15 กุมภาพันธ์ 2566")]
    [InlineData("2023-02-15T00:00:00")]
    [InlineData(" 2023-02-15")]
    [InlineData("")]
    public void Rejects_anything_but_a_real_yyyy_mm_dd_date(string text) =>
        Assert.False(ThaiDate.TryParseIso(text, out _));

    [Fact]
    public void Iso_round_trips() =>
        Assert.Equal("2024-02-29", ThaiDate.ToIso(new DateOnly(2024, 2, 29)));
}
