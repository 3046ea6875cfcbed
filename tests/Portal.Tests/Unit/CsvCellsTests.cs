using Portal.Output;

namespace Portal.Tests.Unit;

/// <summary>The one function every CSV writer uses for a cell (class 10 of issue 18: formula injection).</summary>
public sealed class CsvCellsTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("-", "'-")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData(" =1", "' =1")]
    [InlineData("\n+1", "'\n+1")]
    [InlineData(" -5", "' -5")]
    [InlineData("-1e5", "'-1e5")]
    [InlineData("-5", "-5")]
    [InlineData("+3", "+3")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("-.5", "-.5")]
    [InlineData("a=1", "a=1")]
    [InlineData("ก-ข", "ก-ข")]
    [InlineData("", "")]
    public void A_cell_that_starts_a_formula_gets_a_quote_in_front_unless_it_is_a_number_class_10_formula_injection(string value, string expected) =>
        Assert.Equal(expected, CsvCells.Neutralise(value));

    [Theory]
    [InlineData("ก, ข", "\"ก, ข\"")]
    [InlineData("ก\nข", "\"ก\nข\"")]
    [InlineData("5\" นิ้ว", "\"5\"\" นิ้ว\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("ข้อความ", "ข้อความ")]
    public void A_cell_is_neutralised_then_quoted_as_rfc_4180_asks_class_10_formula_injection(string value, string expected) =>
        Assert.Equal(expected, CsvCells.Cell(value));
}
