namespace Portal.Thai;

/// <summary>
/// Thailand's 76 provinces and Bangkok, by Thai name, each with the English name its page address is made of
/// (<c>/2570/provinces/chon-buri/</c>: a Thai address would be percent-encoded into an unreadable link). What
/// <c>portal init --province</c> and a dashboard's sources.yml accept; any other name is a typo, not a 78th province.
/// </summary>
public static class ThaiProvinces
{
    public const string Bangkok = "กรุงเทพมหานคร";

    private const string ProvincePrefix = "จังหวัด";

    /// <summary>In Thai alphabetical order, Bangkok first, as lists and prompts show them.</summary>
    public static readonly IReadOnlyList<Province> All =
    [
        new("กรุงเทพมหานคร", "bangkok"), new("กระบี่", "krabi"), new("กาญจนบุรี", "kanchanaburi"),
        new("กาฬสินธุ์", "kalasin"), new("กำแพงเพชร", "kamphaeng-phet"), new("ขอนแก่น", "khon-kaen"),
        new("จันทบุรี", "chanthaburi"), new("ฉะเชิงเทรา", "chachoengsao"), new("ชลบุรี", "chon-buri"),
        new("ชัยนาท", "chai-nat"), new("ชัยภูมิ", "chaiyaphum"), new("ชุมพร", "chumphon"),
        new("เชียงราย", "chiang-rai"), new("เชียงใหม่", "chiang-mai"), new("ตรัง", "trang"), new("ตราด", "trat"),
        new("ตาก", "tak"), new("นครนายก", "nakhon-nayok"), new("นครปฐม", "nakhon-pathom"),
        new("นครพนม", "nakhon-phanom"), new("นครราชสีมา", "nakhon-ratchasima"),
        new("นครศรีธรรมราช", "nakhon-si-thammarat"), new("นครสวรรค์", "nakhon-sawan"), new("นนทบุรี", "nonthaburi"),
        new("นราธิวาส", "narathiwat"), new("น่าน", "nan"), new("บึงกาฬ", "bueng-kan"), new("บุรีรัมย์", "buri-ram"),
        new("ปทุมธานี", "pathum-thani"), new("ประจวบคีรีขันธ์", "prachuap-khiri-khan"),
        new("ปราจีนบุรี", "prachin-buri"), new("ปัตตานี", "pattani"),
        new("พระนครศรีอยุธยา", "phra-nakhon-si-ayutthaya"), new("พะเยา", "phayao"), new("พังงา", "phang-nga"),
        new("พัทลุง", "phatthalung"), new("พิจิตร", "phichit"), new("พิษณุโลก", "phitsanulok"),
        new("เพชรบุรี", "phetchaburi"), new("เพชรบูรณ์", "phetchabun"), new("แพร่", "phrae"), new("ภูเก็ต", "phuket"),
        new("มหาสารคาม", "maha-sarakham"), new("มุกดาหาร", "mukdahan"), new("แม่ฮ่องสอน", "mae-hong-son"),
        new("ยโสธร", "yasothon"), new("ยะลา", "yala"), new("ร้อยเอ็ด", "roi-et"), new("ระนอง", "ranong"),
        new("ระยอง", "rayong"), new("ราชบุรี", "ratchaburi"), new("ลพบุรี", "lop-buri"), new("ลำปาง", "lampang"),
        new("ลำพูน", "lamphun"), new("เลย", "loei"), new("ศรีสะเกษ", "si-sa-ket"), new("สกลนคร", "sakon-nakhon"),
        new("สงขลา", "songkhla"), new("สตูล", "satun"), new("สมุทรปราการ", "samut-prakan"),
        new("สมุทรสงคราม", "samut-songkhram"), new("สมุทรสาคร", "samut-sakhon"), new("สระแก้ว", "sa-kaeo"),
        new("สระบุรี", "saraburi"), new("สิงห์บุรี", "sing-buri"), new("สุโขทัย", "sukhothai"),
        new("สุพรรณบุรี", "suphan-buri"), new("สุราษฎร์ธานี", "surat-thani"), new("สุรินทร์", "surin"),
        new("หนองคาย", "nong-khai"), new("หนองบัวลำภู", "nong-bua-lam-phu"), new("อ่างทอง", "ang-thong"),
        new("อำนาจเจริญ", "amnat-charoen"), new("อุดรธานี", "udon-thani"), new("อุตรดิตถ์", "uttaradit"),
        new("อุทัยธานี", "uthai-thani"), new("อุบลราชธานี", "ubon-ratchathani"),
    ];

    private static readonly Dictionary<string, Province> ByName = All.ToDictionary(p => p.Thai, StringComparer.Ordinal);

    /// <summary>The province a name means, with or without "จังหวัด" in front, in any Unicode form or SARA AM spelling; null for none.</summary>
    public static Province? Find(string name)
    {
        var key = ThaiText.Normalize(name.Trim());
        if (key.StartsWith(ProvincePrefix, StringComparison.Ordinal))
        {
            key = key[ProvincePrefix.Length..].TrimStart();
        }

        return ByName.GetValueOrDefault(key);
    }

    /// <summary>How a place in the province is written after a body's name: "จังหวัดเชียงใหม่", but Bangkok is no จังหวัด.</summary>
    public static string Phrase(string province) => province == Bangkok ? Bangkok : ProvincePrefix + province;
}

/// <param name="Thai">The official Thai name, without "จังหวัด".</param>
/// <param name="Slug">Its English name in lower case with hyphens, for page addresses.</param>
public sealed record Province(string Thai, string Slug);
