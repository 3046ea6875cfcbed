using System.Text;
using Portal.Cli;
using Portal.Commands;
using Portal.Diagnostics;
using Portal.Features;
using Portal.Features.NewSite;
using Portal.Testing;
using Portal.Tests.WholeSite;
using Portal.Thai;
using Spectre.Console;
using Spectre.Console.Rendering;
using YamlDotNet.RepresentationModel;

namespace Portal.Tests.NewSite;

/// <summary>
/// <c>portal init</c>: a new site for each kind of body builds with no error and holds no Ban Bueng text, <c>site.yml</c>
/// holds the answers, and a wrong or missing answer, or a folder in use, stops it with exit 2 before it writes anything.
/// The command runs in this process with absolute paths, so the working directory is never changed.
/// </summary>
public sealed class InitCommandTests : IDisposable
{
    private static readonly string[] BanBuengText = ["บ้านบึง", "banbueng", "ban bueng", "banbung", "ชลบุรี"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-tests", $"init-{Guid.NewGuid():N}");

    public InitCommandTests() => Directory.CreateDirectory(_root);

    private string Folder => Path.Combine(_root, "site");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The four kinds, named by key or in Thai, each in another province (never ชลบุรี, whose name is Ban Bueng's).</summary>
    public static TheoryData<string, string, string, string> Kinds() => new()
    {
        { "เทศบาล", "municipality", "เทศบาล", "เชียงใหม่" },
        { "อบต.", "subdistrict", "อบต.", "จังหวัดเพชรบูรณ์" },
        { "provincial", "provincial", "อบจ.", "สงขลา" },
        { "อื่น ๆ", "agency", "หน่วยงาน", "กรุงเทพมหานคร" },
    };

    // Each case builds a whole site: 237 pages, most of them the OIT item pages of six fiscal years.
    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_new_site_of_each_kind_builds_without_errors_and_holds_the_answers_and_no_Ban_Bueng_text(string kindOption, string kind, string word, string provinceOption)
    {
        var province = provinceOption.Replace("จังหวัด", "", StringComparison.Ordinal);
        var run = Init(Folder, "--name", "หน่วยงานทดสอบหนองไผ่", "--name-en", "Nong Phai Test Body", "--kind", kindOption,
            "--province", provinceOption, "--url", "https://www.nongphai.example.go.th/", "--as-of", "2026-12-06");

        Assert.True(run.ExitCode == 0, run.ToString());
        var written = Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).ToList();
        foreach (var file in written)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("@@", text, StringComparison.Ordinal);
            foreach (var banBueng in BanBuengText)
            {
                Assert.False(text.Contains(banBueng, StringComparison.OrdinalIgnoreCase), $"{file} holds '{banBueng}'");
            }
        }

        var site = ReadYaml(Path.Combine(Folder, "input", "_data", "site.yml"));
        Assert.Equal("หน่วยงานทดสอบหนองไผ่", Scalar(site, "title"));
        Assert.Equal("Nong Phai Test Body", Scalar(site, "title_en"));
        Assert.Equal("https://www.nongphai.example.go.th", Scalar(site, "base_url"));
        Assert.Contains("หน่วยงานทดสอบหนองไผ่", Scalar(site, "description"), StringComparison.Ordinal);
        var organization = (YamlMappingNode)site.Children[new YamlScalarNode("organization")];
        Assert.Equal(kind, Scalar(organization, "kind"));
        Assert.Equal(word, Scalar(organization, "word"));
        Assert.Equal(province, Scalar(organization, "province"));
        Assert.Equal("", Scalar((YamlMappingNode)site.Children[new YamlScalarNode("contact")], "phone"));

        Assert.Contains(Path.Combine(Folder, "theme", "README.md"), written);
        Assert.DoesNotContain(written, f => f.Contains($"{Path.DirectorySeparatorChar}theme{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.EndsWith("README.md", StringComparison.Ordinal));
        Assert.Contains($"PORTAL_BASE_URL = \"https://www.nongphai.example.go.th\"", File.ReadAllText(Path.Combine(Folder, "netlify.toml")), StringComparison.Ordinal);
        Assert.Contains($"\"version\": \"{NewSiteTemplate.ToolVersion()}\"", File.ReadAllText(Path.Combine(Folder, ".config", "dotnet-tools.json")), StringComparison.Ordinal);

        var output = Path.Combine(_root, "_site");
        var result = SiteBuild.Run(new BuildOptions(Path.Combine(Folder, "input"), Path.Combine(Folder, "theme"), output, AsOf: TempSite.Today), PortalFeatures.Parts);

        Assert.True(result.Succeeded, TempSite.Describe(result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.UnconfirmedValue && d.Severity == Severity.Warning);
        Assert.True(File.Exists(Path.Combine(output, "contact", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "ita", "2570", "index.html")), "the current fiscal year's OIT pages");
        foreach (var page in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            Assert.DoesNotContain(BanBuengText, b => html.Contains(b, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void A_new_site_passes_portal_check_as_its_pull_request_workflow_runs_it()
    {
        Assert.Equal(0, Init(Folder, Answers("--as-of", "2026-12-06")).ExitCode);
        Assert.Contains("run: dotnet portal check --format github", File.ReadAllText(Path.Combine(Folder, ".github", "workflows", "pull-request.yml")), StringComparison.Ordinal);

        var check = Run("check", "--input", Path.Combine(Folder, "input"), "--theme", Path.Combine(Folder, "theme"));

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("ไม่พบข้อผิดพลาด (checked", check.StandardOutput + check.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_current_fiscal_years_catalog_is_written_copied_unverified_when_the_engine_has_no_list_for_it_yet()
    {
        Assert.Equal(0, Init(Folder, Answers("--as-of", "2026-12-06")).ExitCode);
        var earlier = Path.Combine(_root, "earlier");
        Assert.Equal(0, Init(earlier, Answers("--as-of", "2025-06-01")).ExitCode);

        Assert.Equal(["2570.yml"], Catalogs(Folder));
        var catalog2570 = File.ReadAllText(Path.Combine(Folder, "input", "_data", "oit", "2570.yml"));
        Assert.Contains("fiscal_year: 2570", catalog2570, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^  verified: false$", catalog2570);
        Assert.DoesNotMatch(@"(?m)^  verified: true$", catalog2570);

        Assert.Equal(["2568.yml"], Catalogs(earlier));
        Assert.Equal(File.ReadAllText(Path.Combine(TestRepository.RealInput, "_data", "oit", "2568.yml")).ReplaceLineEndings("\n"),
            File.ReadAllText(Path.Combine(earlier, "input", "_data", "oit", "2568.yml")));
    }

    private static List<string> Catalogs(string site) =>
        [.. Directory.EnumerateFiles(Path.Combine(site, "input", "_data", "oit")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string, string, string, string> BadAnswers() => new()
    {
        { "--kind", "เทศบาลนคร", "--kind ไม่รู้จักประเภท", "unknown kind" },
        { "--province", "Chiang Mai", "--province ไม่รู้จักจังหวัด", "is not one of Thailand's 77 provinces" },
        { "--province", "ชลบุรีย์", "--province ไม่รู้จักจังหวัด", "is not one of Thailand's 77 provinces" },
        { "--url", "http://www.nongphai.go.th", "ต้องเป็นที่อยู่เว็บไซต์แบบเต็มที่ขึ้นต้นด้วย https://", "must be an absolute https address" },
        { "--url", "www.nongphai.go.th", "ต้องเป็นที่อยู่เว็บไซต์แบบเต็มที่ขึ้นต้นด้วย https://", "must be an absolute https address" },
        { "--url", "https://www.nongphai.go.th/?a=1", "ต้องเป็นที่อยู่เว็บไซต์แบบเต็มที่ขึ้นต้นด้วย https://", "must be an absolute https address" },
        { "--name", "อบต.\"หนองไผ่\" {{ x }}", "ต้องเป็นชื่อที่ขึ้นต้นด้วยตัวอักษร", "must be a name that starts with a letter" },
        { "--name", "(หนองไผ่)", "ต้องเป็นชื่อที่ขึ้นต้นด้วยตัวอักษร", "must be a name that starts with a letter" },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public void A_bad_answer_stops_with_exit_2_in_Thai_and_English_and_writes_nothing(string option, string value, string thai, string english)
    {
        var arguments = Answers().ToList();
        arguments[arguments.IndexOf(option) + 1] = value;

        var run = Init(Folder, [.. arguments]);

        Assert.Equal(ExitCodes.UsageOrConfiguration, run.ExitCode);
        Assert.Contains(thai, run.StandardError, StringComparison.Ordinal);
        Assert.Contains(english, run.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Folder));
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        Directory.CreateDirectory(Folder);
        var own = Path.Combine(Folder, "notes.txt");
        File.WriteAllText(own, "ของเดิม");

        var run = Init(Folder, Answers());

        Assert.Equal(ExitCodes.UsageOrConfiguration, run.ExitCode);
        Assert.Contains("มีไฟล์อยู่แล้ว จะไม่เขียนทับ", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("is not empty", run.StandardError, StringComparison.Ordinal);
        Assert.Equal([own], Directory.EnumerateFileSystemEntries(Folder, "*", SearchOption.AllDirectories));
        Assert.Equal("ของเดิม", File.ReadAllText(own));
    }

    [Fact]
    public void An_empty_folder_is_used_but_a_symbolic_link_to_one_or_to_nothing_is_refused()
    {
        var elsewhere = Path.Combine(_root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        Directory.CreateSymbolicLink(Folder, elsewhere);

        var run = Init(Folder, Answers());

        Assert.Equal(ExitCodes.UsageOrConfiguration, run.ExitCode);
        Assert.Contains("symbolic link", run.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
        Assert.Equal(0, Init(elsewhere, Answers()).ExitCode);

        var dangling = Path.Combine(_root, "dangling");
        Directory.CreateSymbolicLink(dangling, Path.Combine(_root, "not-yet"));
        Assert.Equal(ExitCodes.UsageOrConfiguration, Init(dangling, Answers()).ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_root, "not-yet")));
    }

    [Fact]
    public void A_missing_answer_without_a_terminal_stops_with_exit_2_naming_what_is_missing()
    {
        var run = Init(Folder, "--name", "หน่วยงานทดสอบหนองไผ่", "--kind", "agency");

        Assert.Equal(ExitCodes.UsageOrConfiguration, run.ExitCode);
        Assert.Contains("ไม่ได้ระบุ --province, --url และไม่มีหน้าจอให้ถาม", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("missing --province, --url, and there is no terminal to ask on", run.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Folder));
    }

    [Fact]
    public void On_a_terminal_the_missing_answers_are_asked_and_a_wrong_one_asked_again()
    {
        // The kind is chosen with the arrow keys (the third is อบจ.); the province is first mistyped, then given.
        var keys = new Queue<ConsoleKeyInfo>();
        void Type(string text)
        {
            foreach (var c in text)
            {
                keys.Enqueue(new ConsoleKeyInfo(c, 0, false, false, false));
            }

            keys.Enqueue(new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false));
        }

        Type("หน่วยงานทดสอบหนองไผ่");
        keys.Enqueue(new ConsoleKeyInfo('\0', ConsoleKey.DownArrow, false, false, false));
        keys.Enqueue(new ConsoleKeyInfo('\0', ConsoleKey.DownArrow, false, false, false));
        keys.Enqueue(new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false));
        Type("Songkhla");
        Type("สงขลา");
        Type("https://www.nongphai.example.go.th");
        using var screen = new StringWriter();

        var run = Init(Folder, new ScriptedTerminal(screen, keys), "--as-of", "2026-12-06");

        Assert.True(run.ExitCode == 0, run + screen.ToString());
        Assert.Empty(keys);
        Assert.Contains("ประเภทของหน่วยงาน (the kind of body)", screen.ToString(), StringComparison.Ordinal);
        Assert.Contains("is not one of Thailand's 77 provinces", screen.ToString(), StringComparison.Ordinal);
        var organization = (YamlMappingNode)ReadYaml(Path.Combine(Folder, "input", "_data", "site.yml")).Children[new YamlScalarNode("organization")];
        Assert.Equal("provincial", Scalar(organization, "kind"));
        Assert.Equal("สงขลา", Scalar(organization, "province"));
    }

    [Fact]
    public void The_provinces_are_Thailands_77_and_a_name_may_start_with_changwat()
    {
        Assert.Equal(77, ThaiProvinces.All.Select(p => p.Thai).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ThaiProvinces.Bangkok, ThaiProvinces.All[0].Thai);
        Assert.Equal("เชียงใหม่", ThaiProvinces.Find(" จังหวัดเชียงใหม่ ")?.Thai);
        Assert.Equal("จังหวัดเชียงใหม่", ThaiProvinces.Phrase("เชียงใหม่"));
        Assert.Equal("กรุงเทพมหานคร", ThaiProvinces.Phrase(ThaiProvinces.Bangkok));
    }

    private static string[] Answers(params string[] more) =>
        ["--name", "หน่วยงานทดสอบหนองไผ่", "--kind", "municipality", "--province", "ลำปาง", "--url", "https://www.nongphai.example.go.th", .. more];

    private static CliRunner.Result Init(string folder, params string[] options) => Run(["init", folder, .. options]);

    private static CliRunner.Result Init(string folder, IAnsiConsole terminal, params string[] options) => Run(terminal, ["init", folder, .. options]);

    private static CliRunner.Result Run(params string[] arguments) =>
        Run(AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(TextWriter.Null) }), arguments);

    private static CliRunner.Result Run(IAnsiConsole terminal, string[] arguments)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = PortalApp.Run(arguments, new CliConsole(terminal, output, errors));
        return new CliRunner.Result(exitCode, output.ToString(), errors.ToString());
    }

    private static YamlMappingNode ReadYaml(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path, Encoding.UTF8)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlMappingNode mapping, string key) => ((YamlScalarNode)mapping.Children[new YamlScalarNode(key)]).Value ?? "";

    /// <summary>A terminal whose keys are typed from a queue, and whose screen is a text writer.</summary>
    private sealed class ScriptedTerminal(TextWriter screen, Queue<ConsoleKeyInfo> keys) : IAnsiConsole, IAnsiConsoleInput
    {
        private readonly IAnsiConsole _inner = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(screen),
        });

        public Profile Profile => _inner.Profile;

        public IAnsiConsoleCursor Cursor => _inner.Cursor;

        public IAnsiConsoleInput Input => this;

        public IExclusivityMode ExclusivityMode => _inner.ExclusivityMode;

        public RenderPipeline Pipeline => _inner.Pipeline;

        public void Clear(bool home) => _inner.Clear(home);

        public void Write(IRenderable renderable) => _inner.Write(renderable);

        public void WriteAnsi(Action<AnsiWriter> action) => _inner.WriteAnsi(action);

        public bool IsKeyAvailable() => keys.Count > 0;

        public ConsoleKeyInfo? ReadKey(bool intercept) => keys.Count > 0 ? keys.Dequeue() : throw new InvalidOperationException("the prompt asked for more keys than the test typed");

        public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
    }
}
