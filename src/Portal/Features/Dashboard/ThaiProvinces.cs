using Portal.Thai;

namespace Portal.Features.Dashboard;

/// <summary>
/// The 77 provinces (Bangkok counted as one), by Thai name, with the English name their page address is made of
/// (<c>/2570/provinces/chon-buri/</c>): a Thai address would be percent-encoded into an unreadable link, and a province
/// of sources.yml that is not on this list is a typo the sources file is rejected for.
/// </summary>
internal static class ThaiProvinces
{
    private const string Prefix = "จังหวัด";

    private static readonly (string Thai, string Slug)[] All =
    [
        ("กรุงเทพมหานคร", "bangkok"), ("สมุทรปราการ", "samut-prakan"), ("นนทบุรี", "nonthaburi"), ("ปทุมธานี", "pathum-thani"),
        ("พระนครศรีอยุธยา", "phra-nakhon-si-ayutthaya"), ("อ่างทอง", "ang-thong"), ("ลพบุรี", "lop-buri"), ("สิงห์บุรี", "sing-buri"),
        ("ชัยนาท", "chai-nat"), ("สระบุรี", "saraburi"), ("ชลบุรี", "chon-buri"), ("ระยอง", "rayong"), ("จันทบุรี", "chanthaburi"),
        ("ตราด", "trat"), ("ฉะเชิงเทรา", "chachoengsao"), ("ปราจีนบุรี", "prachin-buri"), ("นครนายก", "nakhon-nayok"), ("สระแก้ว", "sa-kaeo"),
        ("นครราชสีมา", "nakhon-ratchasima"), ("บุรีรัมย์", "buri-ram"), ("สุรินทร์", "surin"), ("ศรีสะเกษ", "si-sa-ket"),
        ("อุบลราชธานี", "ubon-ratchathani"), ("ยโสธร", "yasothon"), ("ชัยภูมิ", "chaiyaphum"), ("อำนาจเจริญ", "amnat-charoen"),
        ("บึงกาฬ", "bueng-kan"), ("หนองบัวลำภู", "nong-bua-lam-phu"), ("ขอนแก่น", "khon-kaen"), ("อุดรธานี", "udon-thani"), ("เลย", "loei"),
        ("หนองคาย", "nong-khai"), ("มหาสารคาม", "maha-sarakham"), ("ร้อยเอ็ด", "roi-et"), ("กาฬสินธุ์", "kalasin"), ("สกลนคร", "sakon-nakhon"),
        ("นครพนม", "nakhon-phanom"), ("มุกดาหาร", "mukdahan"), ("เชียงใหม่", "chiang-mai"), ("ลำพูน", "lamphun"), ("ลำปาง", "lampang"),
        ("อุตรดิตถ์", "uttaradit"), ("แพร่", "phrae"), ("น่าน", "nan"), ("พะเยา", "phayao"), ("เชียงราย", "chiang-rai"),
        ("แม่ฮ่องสอน", "mae-hong-son"), ("นครสวรรค์", "nakhon-sawan"), ("อุทัยธานี", "uthai-thani"), ("กำแพงเพชร", "kamphaeng-phet"),
        ("ตาก", "tak"), ("สุโขทัย", "sukhothai"), ("พิษณุโลก", "phitsanulok"), ("พิจิตร", "phichit"), ("เพชรบูรณ์", "phetchabun"),
        ("ราชบุรี", "ratchaburi"), ("กาญจนบุรี", "kanchanaburi"), ("สุพรรณบุรี", "suphan-buri"), ("นครปฐม", "nakhon-pathom"),
        ("สมุทรสาคร", "samut-sakhon"), ("สมุทรสงคราม", "samut-songkhram"), ("เพชรบุรี", "phetchaburi"), ("ประจวบคีรีขันธ์", "prachuap-khiri-khan"),
        ("นครศรีธรรมราช", "nakhon-si-thammarat"), ("กระบี่", "krabi"), ("พังงา", "phang-nga"), ("ภูเก็ต", "phuket"), ("สุราษฎร์ธานี", "surat-thani"),
        ("ระนอง", "ranong"), ("ชุมพร", "chumphon"), ("สงขลา", "songkhla"), ("สตูล", "satun"), ("ตรัง", "trang"), ("พัทลุง", "phatthalung"),
        ("ปัตตานี", "pattani"), ("ยะลา", "yala"), ("นราธิวาส", "narathiwat"),
    ];

    private static readonly Dictionary<string, (string Thai, string Slug)> ByName =
        All.ToDictionary(p => ThaiText.Normalize(p.Thai), p => p, StringComparer.Ordinal);

    public static IReadOnlyList<(string Thai, string Slug)> List => All;

    /// <summary>The province a name means (its official spelling and slug), with or without "จังหวัด" in front; null for none.</summary>
    public static (string Thai, string Slug)? Find(string name)
    {
        var key = ThaiText.Normalize(name.Trim());
        if (key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            key = key[Prefix.Length..].Trim();
        }

        return ByName.TryGetValue(key, out var province) ? province : null;
    }
}
