using System.Globalization;
using System.Text.RegularExpressions;
using Portal.Content;
using Portal.Diagnostics;
using Portal.Kinds;
using YamlDotNet.RepresentationModel;

namespace Portal.Features.Citizen;

/// <summary>
/// The time one step of a service takes, as a citizen manual states it: an amount and a unit (<c>15 นาที</c>,
/// <c>1 วันทำการ</c>). The total adds up each unit on its own: a working day has no length in minutes that
/// a source gives, so days are never turned into hours.
/// </summary>
internal sealed partial record ServiceDuration(decimal Amount, string Unit)
{
    /// <summary>The units staff may write, in the order a total shows them.</summary>
    public static readonly IReadOnlyList<string> Units = ["วันทำการ", "วัน", "ชั่วโมง", "นาที"];

    public override string ToString() => $"{Amount.ToString("0.##", CultureInfo.InvariantCulture)} {Unit}";

    public static string Total(IEnumerable<ServiceDuration> durations)
    {
        var byUnit = durations.GroupBy(d => d.Unit).ToDictionary(g => g.Key, g => g.Sum(d => d.Amount));
        return string.Join(" ", Units.Where(byUnit.ContainsKey).Select(u => new ServiceDuration(byUnit[u], u).ToString()));
    }

    /// <summary>Reads <c>duration:</c>; a negative, unit-less or unreadable value is reported at its line (PT081).</summary>
    public static ServiceDuration? Read(YamlNode node, FrontMatterValues values, string key)
    {
        var text = node is YamlScalarNode scalar ? scalar.Value?.Trim() ?? "" : "";
        var match = Pattern().Match(text);
        if (match.Success)
        {
            var amount = decimal.Parse(match.Groups["amount"].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            if (amount >= 0)
            {
                return new ServiceDuration(amount, match.Groups["unit"].Value);
            }

            values.Report(Diagnostic.Error(DiagnosticCode.InvalidDuration, values.Location(node),
                $"ระยะเวลา '{text}' ของ '{key}' ติดลบ ต้องเป็น 0 ขึ้นไป", $"'{key}' duration '{text}' is negative; it must be 0 or more"));
            return null;
        }

        values.Report(Diagnostic.Error(DiagnosticCode.InvalidDuration, values.Location(node),
            $"ระยะเวลา '{text}' ของ '{key}' ต้องเป็นตัวเลขตามด้วยหน่วย ({string.Join(" ", Units)}) เช่น 15 นาที หรือ 1 วันทำการ",
            $"'{key}' duration '{text}' must be a number and a unit ({string.Join(", ", Units)}), e.g. 15 นาที or 1 วันทำการ"));
        return null;
    }

    [GeneratedRegex(@"^(?<amount>-?\d+(\.\d+)?)\s*(?<unit>วันทำการ|วัน|ชั่วโมง|นาที)$")]
    private static partial Regex Pattern();
}
