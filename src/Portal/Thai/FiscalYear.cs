namespace Portal.Thai;

/// <summary>
/// A Thai government fiscal year, numbered in the Buddhist era: FY2566 runs from 1 October 2022 to
/// 30 September 2023.
/// </summary>
public readonly record struct FiscalYear(int BuddhistYear) : IComparable<FiscalYear>
{
    public const int BuddhistEraOffset = 543;

    public static FiscalYear Containing(DateOnly date) =>
        new((date.Month >= 10 ? date.Year + 1 : date.Year) + BuddhistEraOffset);

    public DateOnly FirstDay => new(BuddhistYear - BuddhistEraOffset - 1, 10, 1);

    public DateOnly LastDay => new(BuddhistYear - BuddhistEraOffset, 9, 30);

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    public FiscalYear Previous => new(BuddhistYear - 1);

    public int CompareTo(FiscalYear other) => BuddhistYear.CompareTo(other.BuddhistYear);

    public static bool operator <(FiscalYear left, FiscalYear right) => left.CompareTo(right) < 0;

    public static bool operator <=(FiscalYear left, FiscalYear right) => left.CompareTo(right) <= 0;

    public static bool operator >(FiscalYear left, FiscalYear right) => left.CompareTo(right) > 0;

    public static bool operator >=(FiscalYear left, FiscalYear right) => left.CompareTo(right) >= 0;

    public override string ToString() => BuddhistYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
