using System.Globalization;
using System.Text;

namespace Portal.Benchmarks;

/// <summary>One generated Markdown file: its path under <c>input/</c> (forward slashes) and its text.</summary>
public sealed record GeneratedPage(string Path, string Markdown, bool IsIndex);

/// <summary>
/// Deterministic benchmark corpus: N Thai pages in sections of (by default) 100 pages, each section
/// with an <c>index.md</c>, plus a home page. Every page has YAML front matter (title, description,
/// date, tags) and a body with h2/h3 headings, a pipe table, bullet and numbered lists, emphasis and
/// 2–4 relative links to other generated pages. The same seed always gives the same bytes.
/// </summary>
/// <remarks>
/// Layout of the output folder:
/// <code>
/// &lt;out&gt;/input/index.md                      home page
/// &lt;out&gt;/input/section-001/index.md          section index
/// &lt;out&gt;/input/section-001/page-0000.md      page (global page number)
/// &lt;out&gt;/input/_data/site.yml
/// &lt;out&gt;/theme/layouts/{base,page,404}.liquid  minimal Portal theme
/// &lt;out&gt;/hugo/…                              the same Markdown as a Hugo site (index.md → _index.md)
/// </code>
/// </remarks>
public sealed class CorpusGenerator
{
    public const int DefaultPages = 10_000;
    public const int DefaultPagesPerSection = 100;
    public const int DefaultSeed = 20240501;
    public const string BaseUrl = "https://example.go.th";
    public const string SiteTitle = "เทศบาลตัวอย่าง (ชุดข้อมูลทดสอบประสิทธิภาพ)";

    /// <summary>Written into the output folder; the generator only ever overwrites a folder that has it.</summary>
    public const string MarkerFile = ".portal-benchmark-corpus";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly int _pages;
    private readonly int _perSection;
    private readonly int _sections;
    private readonly int _seed;
    private readonly string _pageFormat;
    private readonly string _sectionFormat;

    public CorpusGenerator(int pages = DefaultPages, int pagesPerSection = DefaultPagesPerSection, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pagesPerSection, 1);
        _pages = pages;
        _perSection = pagesPerSection;
        _sections = (pages + pagesPerSection - 1) / pagesPerSection;
        _seed = seed;
        _pageFormat = "D" + Math.Max(4, (pages - 1).ToString(CultureInfo.InvariantCulture).Length);
        _sectionFormat = "D" + Math.Max(3, _sections.ToString(CultureInfo.InvariantCulture).Length);
    }

    public int Pages => _pages;
    public int Sections => _sections;

    /// <summary>HTML documents each generator should write: every page, every section index, the home page and 404.html.</summary>
    public int ExpectedHtmlFiles => _pages + _sections + 2;

    private string SectionDir(int section) => "section-" + (section + 1).ToString(_sectionFormat, CultureInfo.InvariantCulture);

    private int SectionOf(int page) => page / _perSection;

    private string PagePath(int page) =>
        SectionDir(SectionOf(page)) + "/page-" + page.ToString(_pageFormat, CultureInfo.InvariantCulture) + ".md";

    /// <summary>Builds every page in memory, in a fixed order (home, then per section: index, pages).</summary>
    public IReadOnlyList<GeneratedPage> BuildPages()
    {
        var rng = new Random(_seed);

        // Pass 1: titles first, so that links can use the target page's title as their text.
        var titles = new string[_pages];
        for (var i = 0; i < _pages; i++)
        {
            titles[i] = Pick(rng, ThaiText.TitlePrefixes) + Pick(rng, ThaiText.Objects)
                + " ฉบับที่ " + (i + 1).ToString(CultureInfo.InvariantCulture);
        }

        var sectionTitles = new string[_sections];
        for (var s = 0; s < _sections; s++)
        {
            sectionTitles[s] = ThaiText.SectionNames[s % ThaiText.SectionNames.Length]
                + " หมวดที่ " + (s + 1).ToString(CultureInfo.InvariantCulture);
        }

        var result = new List<GeneratedPage>(_pages + _sections + 1)
        {
            new("index.md", HomePage(rng, sectionTitles, titles), IsIndex: true),
        };
        for (var s = 0; s < _sections; s++)
        {
            result.Add(new(SectionDir(s) + "/index.md", SectionIndex(rng, s, sectionTitles[s], titles), IsIndex: true));
            var first = s * _perSection;
            var last = Math.Min(_pages, first + _perSection);
            for (var i = first; i < last; i++)
            {
                result.Add(new(PagePath(i), Page(rng, i, titles), IsIndex: false));
            }
        }

        return result;
    }

    /// <summary>Writes the Portal input and theme, and the equivalent Hugo site, under <paramref name="outDir"/>.</summary>
    public void Write(string outDir)
    {
        outDir = System.IO.Path.GetFullPath(outDir);
        PrepareOutput(outDir);

        var input = System.IO.Path.Combine(outDir, "input");
        var hugo = System.IO.Path.Combine(outDir, "hugo");
        var hugoContent = System.IO.Path.Combine(hugo, "content");

        foreach (var page in BuildPages())
        {
            WriteText(System.IO.Path.Combine(input, page.Path), page.Markdown);

            // Hugo: a folder's index.md would make a leaf bundle (its siblings become resources, not
            // pages); the section / home page is _index.md. Same bytes otherwise.
            var hugoPath = page.IsIndex
                ? page.Path[..^"index.md".Length] + "_index.md"
                : page.Path;
            WriteText(System.IO.Path.Combine(hugoContent, hugoPath), page.Markdown);
        }

        WriteText(System.IO.Path.Combine(input, "_data", "site.yml"),
            $"title: {SiteTitle}\nbase_url: {BaseUrl}\n");

        WriteText(System.IO.Path.Combine(outDir, "theme", "layouts", "base.liquid"), PortalBaseLayout);
        WriteText(System.IO.Path.Combine(outDir, "theme", "layouts", "page.liquid"), PortalPageLayout);
        WriteText(System.IO.Path.Combine(outDir, "theme", "layouts", "404.liquid"), Portal404Layout);

        WriteText(System.IO.Path.Combine(hugo, "hugo.toml"), HugoConfig);
        WriteText(System.IO.Path.Combine(hugo, "layouts", "_default", "baseof.html"), HugoBaseOf);
        WriteText(System.IO.Path.Combine(hugo, "layouts", "_default", "single.html"), HugoSingle);
        WriteText(System.IO.Path.Combine(hugo, "layouts", "_default", "list.html"), HugoList);
        WriteText(System.IO.Path.Combine(hugo, "layouts", "404.html"), Hugo404);
        WriteText(System.IO.Path.Combine(hugo, "layouts", "_default", "_markup", "render-link.html"), HugoRenderLink);

        WriteText(System.IO.Path.Combine(outDir, MarkerFile),
            string.Create(CultureInfo.InvariantCulture,
                $"pages={_pages}\nsections={_sections}\nseed={_seed}\nexpected_html={ExpectedHtmlFiles}\n"));
    }

    // ---------------------------------------------------------------- pages

    private string HomePage(Random rng, string[] sectionTitles, string[] titles)
    {
        var sb = new StringBuilder();
        FrontMatter(sb, "หน้าแรก", Sentence(rng), "2024-01-01", ["ข่าวประชาสัมพันธ์"]);
        sb.Append(Paragraph(rng, 3)).Append("\n\n");
        sb.Append("## หมวดหมู่ข้อมูล\n\n");
        for (var s = 0; s < _sections; s++)
        {
            var first = s * _perSection;
            sb.Append("- [").Append(sectionTitles[s]).Append(" — ").Append(titles[first]).Append("](")
              .Append(PagePath(first)).Append(")\n");
        }

        return sb.ToString();
    }

    private string SectionIndex(Random rng, int section, string title, string[] titles)
    {
        var sb = new StringBuilder();
        FrontMatter(sb, title, Sentence(rng), RandomDate(rng), PickTags(rng));
        sb.Append(Paragraph(rng, 3)).Append("\n\n");
        sb.Append("## ").Append(Pick(rng, ThaiText.H2Headings)).Append("\n\n");
        sb.Append(Paragraph(rng, 2)).Append("\n\n");
        var first = section * _perSection;
        var last = Math.Min(_pages, first + _perSection);
        for (var i = first; i < Math.Min(last, first + 5); i++)
        {
            sb.Append("- [").Append(titles[i]).Append("](").Append(RelativeLink(i)).Append(")\n");
        }

        return sb.ToString();
    }

    private string Page(Random rng, int index, string[] titles)
    {
        var sb = new StringBuilder(6 * 1024);
        FrontMatter(sb, titles[index], Sentence(rng), RandomDate(rng), PickTags(rng));

        // Intro with bold and italic.
        sb.Append(Pick(rng, ThaiText.Subjects)).Append(Pick(rng, ThaiText.Verbs))
          .Append("**").Append(Pick(rng, ThaiText.Objects)).Append("**")
          .Append(' ').Append(Pick(rng, ThaiText.Modifiers)).Append(' ')
          .Append(Paragraph(rng, 2 + rng.Next(3)))
          .Append(" *").Append(Pick(rng, ThaiText.Closings)).Append("*\n\n");

        var h2 = Shuffled(rng, ThaiText.H2Headings);
        var h = 0;

        // Section with an h3 and the table.
        sb.Append("## ").Append(h2[h++]).Append("\n\n");
        sb.Append(Paragraph(rng, 2 + rng.Next(2))).Append("\n\n");
        sb.Append("### ").Append(Pick(rng, ThaiText.H3Headings)).Append("\n\n");
        sb.Append(Paragraph(rng, 1 + rng.Next(2))).Append("\n\n");
        Table(sb, rng);
        sb.Append('\n');

        // Bullet list (documents).
        sb.Append("## ").Append(h2[h++]).Append("\n\n");
        sb.Append(Paragraph(rng, 1)).Append("\n\n");
        foreach (var doc in Shuffled(rng, ThaiText.Documents).Take(3 + rng.Next(4)))
        {
            sb.Append("- ").Append(doc).Append('\n');
        }

        sb.Append('\n');

        // Numbered list (steps), with an h3 and bold inside an item.
        sb.Append("## ").Append(h2[h++]).Append("\n\n");
        sb.Append("### ").Append(Pick(rng, ThaiText.H3Headings)).Append("\n\n");
        var steps = 3 + rng.Next(4);
        var firstStep = rng.Next(ThaiText.Steps.Length);
        for (var i = 0; i < steps; i++)
        {
            sb.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ")
              .Append(ThaiText.Steps[(firstStep + i) % ThaiText.Steps.Length]);
            if (i == 0)
            {
                sb.Append(" **").Append(Pick(rng, ThaiText.Modifiers)).Append("**");
            }

            sb.Append('\n');
        }

        sb.Append('\n');

        // One or two prose sections.
        var prose = 1 + rng.Next(2);
        for (var p = 0; p < prose; p++)
        {
            sb.Append("## ").Append(h2[h++]).Append("\n\n");
            sb.Append(Paragraph(rng, 2 + rng.Next(3))).Append("\n\n");
        }

        // 2–4 links to other pages, inline in a paragraph.
        sb.Append("## ").Append(h2[h++]).Append("\n\n");
        var links = 2 + rng.Next(3);
        var linked = new HashSet<int> { index };
        for (var l = 0; l < links; l++)
        {
            int target;
            do
            {
                target = rng.Next(_pages);
            }
            while (!linked.Add(target) && linked.Count < _pages);

            if (target == index)
            {
                break; // a one-page corpus has nothing else to link to
            }

            sb.Append(Pick(rng, ThaiText.LinkLeads)).Append(" [").Append(titles[target]).Append("](")
              .Append(RelativeLink(target)).Append(") ");
        }

        sb.Append(Pick(rng, ThaiText.Closings)).Append('\n');
        return sb.ToString();
    }

    /// <summary>Link from any file one folder below input/ (a page or a section index) to a page.</summary>
    private string RelativeLink(int target) => "../" + PagePath(target);

    private static void Table(StringBuilder sb, Random rng)
    {
        sb.Append("| ลำดับ | รายการ | หน่วยงานรับผิดชอบ | ระยะเวลา (วัน) | ค่าธรรมเนียม (บาท) |\n");
        sb.Append("|---|---|---|---|---|\n");
        var rows = 5 + rng.Next(6);
        for (var r = 0; r < rows; r++)
        {
            var fee = rng.Next(4) == 0
                ? "ไม่มี"
                : (rng.Next(1, 60) * 50).ToString("N0", CultureInfo.InvariantCulture);
            sb.Append("| ").Append((r + 1).ToString(CultureInfo.InvariantCulture))
              .Append(" | ").Append(Pick(rng, ThaiText.TableItems)).Append(Pick(rng, ThaiText.Objects))
              .Append(" | ").Append(Pick(rng, ThaiText.Units))
              .Append(" | ").Append(rng.Next(1, 31).ToString(CultureInfo.InvariantCulture))
              .Append(" | ").Append(fee).Append(" |\n");
        }
    }

    private static void FrontMatter(StringBuilder sb, string title, string description, string date, IEnumerable<string> tags)
    {
        sb.Append("---\n");
        sb.Append("title: ").Append(YamlQuote(title)).Append('\n');
        sb.Append("description: ").Append(YamlQuote(description)).Append('\n');
        sb.Append("date: ").Append(date).Append('\n');
        sb.Append("tags: [").AppendJoin(", ", tags.Select(YamlQuote)).Append("]\n");
        sb.Append("---\n\n");
    }

    private static string Sentence(Random rng)
    {
        // Thai writes a clause without spaces between words and puts a space between clauses.
        var modifier = rng.Next(ThaiText.Modifiers.Length);
        var s = Pick(rng, ThaiText.Subjects) + Pick(rng, ThaiText.Verbs) + Pick(rng, ThaiText.Objects)
            + " " + ThaiText.Modifiers[modifier];
        if (rng.Next(3) == 0)
        {
            // A second, different modifier.
            s += " " + ThaiText.Modifiers[(modifier + 1 + rng.Next(ThaiText.Modifiers.Length - 1)) % ThaiText.Modifiers.Length];
        }

        return s;
    }

    private static string Paragraph(Random rng, int sentences)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
                if (rng.Next(3) == 0)
                {
                    sb.Append(Pick(rng, ThaiText.Connectives));
                }
            }

            sb.Append(Sentence(rng));
        }

        sb.Append(' ').Append(Pick(rng, ThaiText.Closings));
        return sb.ToString();
    }

    private static string RandomDate(Random rng)
    {
        var day = new DateOnly(2019, 1, 1).AddDays(rng.Next(6 * 365));
        return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string[] PickTags(Random rng) =>
        Shuffled(rng, ThaiText.Tags).Take(1 + rng.Next(3)).ToArray();

    private static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];

    private static T[] Shuffled<T>(Random rng, T[] items)
    {
        var copy = (T[])items.Clone();
        for (var i = copy.Length - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy;
    }

    private static string YamlQuote(string s) =>
        "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    // ---------------------------------------------------------------- output

    private static void PrepareOutput(string outDir)
    {
        if (Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
        {
            if (!File.Exists(System.IO.Path.Combine(outDir, MarkerFile)))
            {
                throw new InvalidOperationException(
                    $"{outDir} is not empty and is not a generated corpus (no {MarkerFile}); refusing to overwrite it.");
            }

            foreach (var sub in new[] { "input", "theme", "hugo" })
            {
                var path = System.IO.Path.Combine(outDir, sub);
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }
        }

        Directory.CreateDirectory(outDir);
    }

    private static void WriteText(string path, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8NoBom);
    }

    // ---------------------------------------------------------------- layouts

    private const string PortalBaseLayout = """
        <!DOCTYPE html>
        <html lang="th">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ page.title }} | {{ site.title }}</title>
        </head>
        <body>
        <main>
        {{ content | raw }}
        </main>
        </body>
        </html>

        """;

    private const string PortalPageLayout = """
        <h1>{{ page.title }}</h1>
        {{ page.content | raw }}

        """;

    private const string NotFoundBody = "<h1>ไม่พบหน้าที่ต้องการ</h1>\n<p>หน้าที่ท่านเรียกอาจถูกย้ายหรือลบแล้ว กรุณากลับไปที่<a href=\"/\">หน้าแรก</a></p>\n";

    // Portal always writes /404.html (and requires this layout); Hugo writes it too (404 kind on).
    private const string Portal404Layout = NotFoundBody;

    private const string Hugo404 = "{{ define \"main\" }}" + NotFoundBody + "{{ end }}\n";

    private const string HugoConfig = $$"""
        baseURL = "{{BaseUrl}}/"
        languageCode = "th"
        defaultContentLanguage = "th"
        title = "{{SiteTitle}}"
        # Pretty URLs like Portal's: section-001/page-0000.md -> /section-001/page-0000/
        uglyURLs = false
        # Only the page, section and home kinds (one HTML document per Markdown file) and 404.html, like Portal.
        disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
        buildFuture = true
        enableRobotsTXT = false
        disableAliases = true

        [markup.goldmark.renderer]
          unsafe = false

        """;

    private const string HugoBaseOf = """
        <!DOCTYPE html>
        <html lang="th">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ .Title }} | {{ site.Title }}</title>
        </head>
        <body>
        <main>
        {{ block "main" . }}{{ end }}
        </main>
        </body>
        </html>

        """;

    private const string HugoSingle = """
        {{ define "main" }}<h1>{{ .Title }}</h1>
        {{ .Content }}
        {{ end }}

        """;

    private const string HugoList = HugoSingle;

    // Portal checks links to .md files and rewrites them to page URLs; so does Hugo with this hook
    // (without it Hugo would copy the .md href as is, doing less work and writing broken links).
    private const string HugoRenderLink = """
        {{- $href := .Destination -}}
        {{- $u := urls.Parse .Destination -}}
        {{- if and (not $u.IsAbs) (strings.HasSuffix $u.Path ".md") -}}
          {{- with .Page.GetPage $u.Path -}}{{- $href = .RelPermalink -}}{{- else -}}{{- errorf "broken link %q in %s" $.Destination $.Page.File.Path -}}{{- end -}}
        {{- end -}}
        <a href="{{ $href }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>
        """;

    // ---------------------------------------------------------------- command line

    /// <summary><c>generate &lt;outdir&gt; [--pages N] [--per-section N] [--seed N]</c></summary>
    public static int Run(string[] args)
    {
        string? outDir = null;
        var pages = DefaultPages;
        var perSection = DefaultPagesPerSection;
        var seed = DefaultSeed;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--pages" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var p) && p > 0:
                    pages = p;
                    i++;
                    break;
                case "--per-section" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s) && s > 0:
                    perSection = s;
                    i++;
                    break;
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var r):
                    seed = r;
                    i++;
                    break;
                case "-h" or "--help":
                    Usage(Console.Out);
                    return 0;
                default:
                    if (outDir is null && !args[i].StartsWith('-'))
                    {
                        outDir = args[i];
                        break;
                    }

                    Console.Error.WriteLine($"generate: bad argument '{args[i]}'");
                    Usage(Console.Error);
                    return 2;
            }
        }

        if (outDir is null)
        {
            Usage(Console.Error);
            return 2;
        }

        var generator = new CorpusGenerator(pages, perSection, seed);
        try
        {
            generator.Write(outDir);
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine("generate: " + e.Message);
            return 2;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated {generator.Pages} pages in {generator.Sections} sections (+ section indexes, home and 404: {generator.ExpectedHtmlFiles} HTML pages expected) in {System.IO.Path.GetFullPath(outDir)}"));
        return 0;
    }

    private static void Usage(TextWriter w) =>
        w.WriteLine("usage: Portal.Benchmarks generate <outdir> [--pages 10000] [--per-section 100] [--seed 20240501]");
}
