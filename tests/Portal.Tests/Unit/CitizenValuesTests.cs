using Portal.Features.Citizen;
using Portal.Kinds;

namespace Portal.Tests.Unit;

/// <summary>The small rules behind the citizen pages: phone links, e-mail and web checks, durations, chart scales, Thai display of data.</summary>
public sealed class CitizenValuesTests
{
    [Theory]
    [InlineData("1567", "tel:1567")]
    [InlineData("0 3875 0653", "tel:038750653")]
    [InlineData("038-750653", "tel:038750653")]
    [InlineData("081 234 5678", "tel:0812345678")]
    [InlineData("123-45", null)]
    [InlineData("0-12", null)]
    [InlineData("โทร 1567", null)]
    public void A_thai_phone_number_gets_a_tel_link_and_anything_else_none(string phone, string? expected) =>
        Assert.Equal(expected, ContactValues.TelUri(phone));

    [Theory]
    [InlineData("saraban@example.go.th", true)]
    [InlineData("complaints@", false)]
    [InlineData("saraban(at)example.go.th", false)]
    public void An_email_address_needs_a_name_and_a_domain(string address, bool valid) => Assert.Equal(valid, ContactValues.IsEmail(address));

    [Theory]
    [InlineData("https://www.nacc.go.th", true)]
    [InlineData("/complaints/", true)]
    [InlineData("//evil.example/", false)]
    [InlineData("/\\evil.example/", false)]
    [InlineData("/about/\u200b", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("maps.example.com/office", false)]
    public void A_web_address_is_absolute_http_or_a_path_on_this_site(string address, bool valid) => Assert.Equal(valid, ContactValues.IsWebAddress(address));

    [Fact]
    public void A_total_adds_each_unit_on_its_own_and_never_turns_days_into_hours() =>
        Assert.Equal("3 วันทำการ 1.5 ชั่วโมง 25 นาที", ServiceDuration.Total(
        [
            new(15, "นาที"), new(2, "วันทำการ"), new(1.5m, "ชั่วโมง"), new(1, "วันทำการ"), new(10, "นาที"),
        ]));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 5)]
    [InlineData(12, 20)]
    [InlineData(50, 50)]
    [InlineData(51, 100)]
    [InlineData(1250000, 2000000)]
    public void A_chart_scale_is_the_largest_value_rounded_up_to_1_2_or_5_times_a_power_of_ten(int largest, int expected) =>
        Assert.Equal(expected, DataTableKind.NiceMaximum(largest));

    [Theory]
    [InlineData("2023-02-15", "15 กุมภาพันธ์ 2566")]
    [InlineData("2022-10", "ตุลาคม 2565")]
    [InlineData("ข้อความ", "ข้อความ")]
    public void Data_dates_and_months_are_shown_in_thai_with_the_buddhist_era(string value, string expected) =>
        Assert.Equal(expected, DataRecords.Display(value));

    [Fact]
    public void Data_numbers_are_grouped_by_thousands_keeping_their_decimals()
    {
        Assert.Equal("1,250,000", DataRecords.Display(1250000m));
        Assert.Equal("12,500.50", DataRecords.Display(12500.50m));
    }
}
