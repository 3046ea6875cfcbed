using System.Globalization;
using System.Text;
using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Kinds;

/// <summary>
/// A new Markdown page of a kind, for <c>portal new</c>: its front matter with today's date and a Thai
/// comment over each key, the common keys and the kind's own (<see cref="PageKind.Fields"/>). Keys the
/// kind requires are written with placeholders (<c>«เติม: …»</c>); the others are left commented out, ready to use.
/// The page is a draft, and a placeholder left in a page that is published is an error (PT100), so a forgotten
/// field never goes out as the municipality's word ("no documents", "no fee").
/// </summary>
public static class NewPage
{
    /// <summary>The common keys a new page offers, with what each is for; <c>layout</c> and <c>oit</c> are for the theme and the audit, not for a new page.</summary>
    private static readonly (string Key, string Help, string Example)[] CommonKeys =
    [
        (FrontMatterKeys.Description, "คำอธิบายสั้น ๆ หนึ่งถึงสองประโยค แสดงในผลการค้นหาและเมื่อแชร์ลิงก์", "คำอธิบายสั้น ๆ ของหน้านี้"),
        (FrontMatterKeys.Updated, "วันที่แก้ไขสาระของหน้าครั้งล่าสุด แบบ ค.ศ. ปี-เดือน-วัน (เว็บไซต์แสดงเป็น พ.ศ.)", "{today}"),
        (FrontMatterKeys.Tags, "คำสำคัญของหน้า", "[ITA, งบประมาณ]"),
        (FrontMatterKeys.Order, "ลำดับในรายการของหมวด เลขน้อยแสดงก่อน", "1"),
        (FrontMatterKeys.FiscalYear, "ปีงบประมาณ (พ.ศ.)", "2568"),
    ];

    /// <summary>The page's whole text.</summary>
    public static string Text(PageKind kind, string title, DateOnly today)
    {
        var iso = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append("---\n");
        Key(text, "ชื่อหน้า แสดงเป็นหัวเรื่อง ในแท็บของเบราว์เซอร์ และในผลการค้นหา (ต้องมี)", $"{FrontMatterKeys.Title}: {Placeholder.Quoted(title)}");
        Key(text, $"ชนิดของหน้า: {kind.Name} คือหน้าแบบ{kind.ThaiName}", $"{FrontMatterKeys.Kind}: {kind.Name}");
        Key(text, "วันที่ของเนื้อหา แบบ ค.ศ. ปี-เดือน-วัน (เว็บไซต์แสดงเป็น พ.ศ.)", $"{FrontMatterKeys.Date}: {iso}");
        Key(text, "ฉบับร่าง ยังไม่เผยแพร่ (ดูได้ด้วย portal serve --drafts และใน deploy preview): แทนที่ทุก «เติม: …» ด้วยค่าจริง แล้วลบบรรทัดนี้เมื่อพร้อมเผยแพร่",
            $"{FrontMatterKeys.Draft}: true");
        foreach (var field in kind.Fields)
        {
            var line = $"{field.Key}: {field.Example ?? Example(field.Type, iso)}";
            Key(text, field.ThaiHelp, kind.RequiredKeys.Contains(field.Key) ? line : "# " + line.Replace("\n", "\n# ", StringComparison.Ordinal));
        }

        foreach (var (key, help, example) in CommonKeys.Where(c => !kind.RequiredKeys.Contains(c.Key)))
        {
            Key(text, help, $"# {key}: {example.Replace("{today}", iso, StringComparison.Ordinal)}");
        }

        Key(text, "ไฟล์แนบ: วางไฟล์ไว้ใน input/files/ แล้วระบุ file เทียบกับโฟลเดอร์นั้น (input/files/ita/แผน.pdf เขียนว่า ita/แผน.pdf) และชื่อที่แสดง",
            "# attachments:\n#   - file: ita/ชื่อไฟล์.pdf\n#     title: ชื่อเอกสาร");
        text.Append("---\n\n");
        text.Append(Placeholder.Text("เนื้อหาของหน้า หัวข้อในเนื้อหาเริ่มที่ ## (ดู docs/content.md)")).Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// The file for <paramref name="path"/>: relative to the input folder (<c>news/a.md</c>) or to the working
    /// directory (<c>input/news/a.md</c>), with <c>.md</c> added when missing. Refuses a path that leaves the
    /// input folder or that would not be a page (under <c>files/</c>, or a name starting with <c>_</c> or <c>.</c>), and one
    /// reached through a symbolic link (<see cref="InputWrite"/>).
    /// </summary>
    public static (string FullPath, string RelativePath) Resolve(string inputDirectory, string path)
    {
        var root = Path.GetFullPath(inputDirectory);
        var withExtension = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path : path + ".md";
        var fromWorkingDirectory = Path.GetFullPath(withExtension);
        var full = Inside(root, fromWorkingDirectory) ? fromWorkingDirectory : Path.GetFullPath(Path.Combine(root, withExtension));
        if (!Inside(root, full))
        {
            throw new BuildConfigurationException($"'{path}' อยู่นอกโฟลเดอร์เนื้อหา {inputDirectory} หน้าใหม่ต้องอยู่ในโฟลเดอร์นั้น",
                $"'{path}' is outside the content folder {inputDirectory}; a new page must be inside it");
        }

        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        var segments = relative.Split('/');
        if (segments[0] == ContentPaths.FilesFolder || segments.Any(s => s.StartsWith('_') || s.StartsWith('.')))
        {
            throw new BuildConfigurationException($"'{relative}' ไม่ใช่ที่ของหน้า: ไฟล์ใต้ files/ และชื่อที่ขึ้นต้นด้วย _ หรือ . ไม่ถูกเผยแพร่เป็นหน้า",
                $"'{relative}' cannot be a page: files under files/ and names starting with _ or . are not published as pages");
        }

        InputWrite.Check(inputDirectory, full);
        return (full, relative);
    }

    /// <summary>Writes the page; never replaces an existing file.</summary>
    public static void Write(string fullPath, string relativePath, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        try
        {
            using var file = new FileStream(fullPath, FileMode.CreateNew, FileAccess.Write);
            file.Write(Encoding.UTF8.GetBytes(text));
        }
        catch (IOException) when (File.Exists(fullPath))
        {
            throw new BuildConfigurationException($"มีไฟล์ {relativePath} อยู่แล้ว จะไม่เขียนทับ ให้เลือกชื่อใหม่หรือแก้ไฟล์เดิม",
                $"{relativePath} already exists and is not overwritten; choose another name or edit that file");
        }
    }

    /// <summary>The kind named <paramref name="name"/>, or a refusal that suggests the nearest name.</summary>
    public static PageKind Kind(PageKindRegistry kinds, string name)
    {
        if (kinds.Find(name) is { } kind)
        {
            return kind;
        }

        var (thai, english) = DidYouMean.Hint(name, [.. kinds.Names.Order(StringComparer.Ordinal)]);
        throw new BuildConfigurationException($"ไม่รู้จักชนิดหน้า '{name}'{thai}", $"unknown page kind '{name}'{english}");
    }

    private static bool Inside(string root, string full) => full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void Key(StringBuilder text, string help, string line) => text.Append("# ").Append(help).Append('\n').Append(line).Append('\n');

    /// <summary>A value of <paramref name="type"/> to replace; a date is today's, a yes/no is "no", neither a claim.</summary>
    private static string Example(FieldType type, string today) => type switch
    {
        FieldType.TextList => $"[{Placeholder.Yaml("รายการที่หนึ่ง")}, {Placeholder.Yaml("รายการที่สอง")}]",
        FieldType.Date => today,
        FieldType.WholeNumber or FieldType.Number => Placeholder.Yaml("ตัวเลข"),
        FieldType.Boolean => "false",
        _ => Placeholder.Yaml("ข้อความ"),
    };
}
