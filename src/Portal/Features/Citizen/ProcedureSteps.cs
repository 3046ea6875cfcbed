using Portal.Content;
using Portal.Diagnostics;
using Portal.Kinds;
using YamlDotNet.RepresentationModel;

namespace Portal.Features.Citizen;

/// <summary>
/// A list of steps, each with its title, its time (<see cref="ServiceDuration"/>) and the unit that does it: the
/// steps of a service manual and the handling steps of complaints share this shape.
/// </summary>
internal static class ProcedureSteps
{
    /// <summary>The members of one step (the web editor builds its form from them).</summary>
    public static readonly IReadOnlyList<Member> Members =
    [
        new("title", true, StructuredValues.RequiredTextReader) { Label = "ขั้นตอน", Hint = "สิ่งที่ทำในขั้นตอนนี้ เช่น ยื่นคำขอและตรวจเอกสาร" },
        new("duration", true, (node, values, key) => ServiceDuration.Read(node, values, key))
        {
            Label = "ระยะเวลา",
            Hint = "ตัวเลขและหน่วย เช่น 15 นาที หรือ 1 วันทำการ",
            Missing = location => Diagnostic.Error(DiagnosticCode.InvalidDuration, location,
                "ขั้นตอนนี้ไม่มี 'duration' ให้ระบุระยะเวลา เช่น duration: 15 นาที", "this step has no 'duration'; give its time, e.g. duration: 15 นาที"),
        },
        new("unit", true, StructuredValues.RequiredTextReader) { Label = "ส่วนงานที่รับผิดชอบ", Hint = "เช่น งานทะเบียนราษฎร สำนักปลัดเทศบาล" },
    ];

    public const string ThaiShape = "รายการของ {title: ขั้นตอน, duration: ระยะเวลา เช่น 15 นาที หรือ 1 วันทำการ, unit: ส่วนงานที่รับผิดชอบ}";

    /// <summary>The steps with <c>duration</c> as a <see cref="ServiceDuration"/>; a step without one is reported (PT081).</summary>
    public static IReadOnlyList<Dictionary<string, object?>> Read(YamlNode node, FrontMatterValues values, string key) =>
        StructuredValues.MappingList(node, values, key, Members);

    /// <summary>The steps' times added up per unit ("3 วันทำการ 15 นาที").</summary>
    public static string Total(IEnumerable<Dictionary<string, object?>> steps) =>
        ServiceDuration.Total(steps.Select(s => s.GetValueOrDefault("duration")).OfType<ServiceDuration>());
}
