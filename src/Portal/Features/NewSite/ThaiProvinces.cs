using System.Text;
using Portal.Commands;

namespace Portal.Features.NewSite;

/// <summary>Thailand's 76 provinces and Bangkok, as their names are written in Thai: what <c>portal init --province</c> accepts.</summary>
public static class ThaiProvinces
{
    public const string Bangkok = "กรุงเทพมหานคร";

    private const string ProvincePrefix = "จังหวัด";

    /// <summary>In Thai alphabetical order, Bangkok first, as the prompt lists them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Bangkok,
        "กระบี่", "กาญจนบุรี", "กาฬสินธุ์", "กำแพงเพชร", "ขอนแก่น", "จันทบุรี", "ฉะเชิงเทรา", "ชลบุรี", "ชัยนาท", "ชัยภูมิ",
        "ชุมพร", "เชียงราย", "เชียงใหม่", "ตรัง", "ตราด", "ตาก", "นครนายก", "นครปฐม", "นครพนม", "นครราชสีมา",
        "นครศรีธรรมราช", "นครสวรรค์", "นนทบุรี", "นราธิวาส", "น่าน", "บึงกาฬ", "บุรีรัมย์", "ปทุมธานี", "ประจวบคีรีขันธ์", "ปราจีนบุรี",
        "ปัตตานี", "พระนครศรีอยุธยา", "พะเยา", "พังงา", "พัทลุง", "พิจิตร", "พิษณุโลก", "เพชรบุรี", "เพชรบูรณ์", "แพร่",
        "ภูเก็ต", "มหาสารคาม", "มุกดาหาร", "แม่ฮ่องสอน", "ยโสธร", "ยะลา", "ร้อยเอ็ด", "ระนอง", "ระยอง", "ราชบุรี",
        "ลพบุรี", "ลำปาง", "ลำพูน", "เลย", "ศรีสะเกษ", "สกลนคร", "สงขลา", "สตูล", "สมุทรปราการ", "สมุทรสงคราม",
        "สมุทรสาคร", "สระแก้ว", "สระบุรี", "สิงห์บุรี", "สุโขทัย", "สุพรรณบุรี", "สุราษฎร์ธานี", "สุรินทร์", "หนองคาย", "หนองบัวลำภู",
        "อ่างทอง", "อำนาจเจริญ", "อุดรธานี", "อุตรดิตถ์", "อุทัยธานี", "อุบลราชธานี",
    ];

    /// <summary>The province named, with or without "จังหวัด" before it.</summary>
    public static string Parse(string value)
    {
        var name = value.Trim().Normalize(NormalizationForm.FormC);
        if (name.StartsWith(ProvincePrefix, StringComparison.Ordinal))
        {
            name = name[ProvincePrefix.Length..].TrimStart();
        }

        return All.FirstOrDefault(p => p == name) ?? throw new UsageException(
            $"--province ไม่รู้จักจังหวัด '{value}' ใส่ชื่อจังหวัดภาษาไทย เช่น เชียงใหม่ หรือ กรุงเทพมหานคร",
            $"--province: '{value}' is not one of Thailand's 77 provinces; give its Thai name, e.g. เชียงใหม่ or กรุงเทพมหานคร");
    }

    /// <summary>How a place in the province is written after a body's name: "จังหวัดเชียงใหม่", but Bangkok is no จังหวัด.</summary>
    public static string Phrase(string province) => province == Bangkok ? Bangkok : ProvincePrefix + province;
}
