using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Features;
using Portal.Serve;

namespace Portal.BrowserTests;

/// <summary>
/// The web editor as an officer uses it: <c>portal serve --cms</c> (decap-server and the preview server) on a copy of the
/// fixture site, a news item made through the Thai form with a date, an attachment with a Thai file name and an OIT
/// claim, saved; then the Markdown file has the expected front matter and the site builds and checks with it. A section
/// lists its items, not its own index.md, and a service manual can say "no documents" and "no fee" through the form.
/// Screenshots are the guide's (docs/editing.md), see <see cref="Screenshots"/>.
/// </summary>
public sealed partial class CmsEditingTests : IAsyncLifetime
{
    private const string Title = "ประกาศผลการจัดซื้อจัดจ้าง ทดสอบ";
    private const string AttachmentName = "ประกาศ ผลการจัดซื้อ.pdf";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-cms-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _policyViolations = [];
    private readonly List<string> _console = [];

    /// <summary>
    /// The guide's pictures are taken on every run but replace docs/editing/ only with <c>PORTAL_UPDATE_GUIDE=1</c>:
    /// their bytes differ a little between runs, and a test run should not leave the working tree changed.
    /// </summary>
    private static string Screenshots => Environment.GetEnvironmentVariable("PORTAL_UPDATE_GUIDE") == "1"
        ? Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "editing")
        : Path.Combine(Path.GetTempPath(), "portal-cms-screenshots");

    private string Input => Path.Combine(_folder, "input");

    public Task InitializeAsync()
    {
        CopyFolder(Path.Combine(RepositoryPaths.FixtureSite, "input"), Input);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [CmsFact]
    public Task A_news_item_made_in_the_form_is_saved_as_Markdown_that_builds() => WithEditor(async (page, server, options) =>
    {
        await page.GotoAsync(new Uri(server.Address, "admin/").ToString());
        var login = page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" });
        await login.WaitForAsync();
        await Shot(page, "01-login.png");
        await login.ClickAsync();
        await NewsItem(page, server, options);
    });

    [CmsFact]
    public Task A_section_lists_its_items_but_not_its_own_page_which_the_single_pages_offer() => WithEditor(async (page, server, _) =>
    {
        await LogIn(page, server);
        await page.GotoAsync(new Uri(server.Address, "admin/#/collections/news").ToString());
        await page.Locator("a[href$='/collections/news/entries/2023-01-15-first']").WaitForAsync();
        Assert.Equal(2, await page.Locator("a[href*='/collections/news/entries/']").CountAsync());
        Assert.Equal(0, await page.Locator("a[href$='/collections/news/entries/index']").CountAsync());

        await page.GotoAsync(new Uri(server.Address, "admin/#/collections/pages").ToString());
        await page.Locator("a[href$='/collections/pages/entries/news-index']").WaitForAsync();
    });

    /// <summary>
    /// Decap prints the whole file anew (<c>-</c> as <c>*</c>, tables re-padded, front matter re-quoted); the preview server
    /// merges what it saves into the file on disk, so a one-word edit of a real page is a diff of its one line. The page is
    /// the first of the real site with a list and a table in a section of ordinary pages, whatever its content.
    /// </summary>
    [CmsFact]
    public Task Changing_one_word_of_a_real_page_changes_only_its_line_in_the_file() => WithRealInput(() => WithEditor(async (page, server, options) =>
    {
        var chosen = Directory.EnumerateDirectories(Input).Where(d => !File.Exists(Path.Combine(d, "_defaults.yml")))
            .SelectMany(d => Directory.EnumerateFiles(d, "*.md")).Where(f => Path.GetFileName(f) != "index.md").Order(StringComparer.Ordinal)
            .FirstOrDefault(f => File.ReadAllLines(f) is var lines && lines.Any(l => l.StartsWith("- ", StringComparison.Ordinal)) && lines.Any(l => l.StartsWith('|')));
        Assert.NotNull(chosen);
        var before = await File.ReadAllTextAsync(chosen);
        var folder = Path.GetFileName(Path.GetDirectoryName(chosen)!);

        await LogIn(page, server);
        await page.GotoAsync(new Uri(server.Address, $"admin/#/collections/{folder}/entries/{Path.GetFileNameWithoutExtension(chosen)}").ToString());
        var title = page.Locator("[id^='title-field']").First;
        await title.WaitForAsync();
        await title.FillAsync(await title.InputValueAsync() + " ปรับปรุง");
        await page.GetByRole(AriaRole.Button, new() { Name = "เผยแพร่" }).First.ClickAsync();
        await page.GetByText("เผยแพร่ตอนนี้").ClickAsync();
        await WaitForFile(() => File.ReadAllText(chosen) != before ? chosen : null);

        var changed = ChangedLines(chosen, before);
        Assert.True(changed is > 0 and <= 3, $"{changed} lines changed in {chosen}:\n{await File.ReadAllTextAsync(chosen)}");
        Assert.Contains(" ปรับปรุง\n", await File.ReadAllTextAsync(chosen), StringComparison.Ordinal);
    }));

    /// <summary>An attachment in a sub-folder of files/ (<c>file: ita/report.pdf</c>): the page opens, saves, and keeps it.</summary>
    [CmsFact]
    public Task A_page_whose_attachment_is_in_a_sub_folder_opens_and_saves_with_it() => WithRealInput(() => WithEditor(async (page, server, options) =>
    {
        var chosen = Directory.EnumerateDirectories(Input).Where(d => !File.Exists(Path.Combine(d, "_defaults.yml")))
            .SelectMany(d => Directory.EnumerateFiles(d, "*.md")).Order(StringComparer.Ordinal)
            .FirstOrDefault(f => SubFolderAttachment().IsMatch(File.ReadAllText(f)));
        Assert.NotNull(chosen);
        var attachment = SubFolderAttachment().Match(await File.ReadAllTextAsync(chosen)).Value;
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                failed.Add($"{response.Status} {response.Request.PostData}");
            }
        };

        await LogIn(page, server);
        await page.GotoAsync(new Uri(server.Address, $"admin/#/collections/{Path.GetFileName(Path.GetDirectoryName(chosen))}/entries/{Path.GetFileNameWithoutExtension(chosen)}").ToString());
        var title = page.Locator("[id^='title-field']").First;
        await title.WaitForAsync();
        var before = await File.ReadAllTextAsync(chosen);
        await title.FillAsync(await title.InputValueAsync() + " ปรับปรุง");
        await page.GetByRole(AriaRole.Button, new() { Name = "เผยแพร่" }).First.ClickAsync();
        await page.GetByText("เผยแพร่ตอนนี้").ClickAsync();
        await WaitForFile(() => File.ReadAllText(chosen) != before ? chosen : null);

        Assert.Contains(attachment, await File.ReadAllTextAsync(chosen), StringComparison.Ordinal);
        Assert.Empty(failed);
        var check = new BuildSession(options, PortalFeatures.Parts).Check();
        Assert.True(check.Succeeded, string.Join("\n", check.Diagnostics));
    }));

    [CmsFact]
    public Task A_service_with_no_documents_and_no_fee_is_saved_with_the_words_the_kind_accepts_and_checks() => WithEditor(async (page, server, options) =>
    {
        await LogIn(page, server);
        await page.GotoAsync(new Uri(server.Address, "admin/#/collections/services/new").ToString());
        var title = page.Locator("[id^='title-field']").First;
        await title.WaitForAsync();
        await title.FillAsync("การขอหนังสือรับรอง ทดสอบ");
        await page.Locator("[id^='unit-field']").First.FillAsync("สำนักปลัดเทศบาล");
        await page.GetByRole(AriaRole.Button, new() { Name = "เพิ่ม สถานที่ยื่นคำขอ" }).ClickAsync();
        await page.Locator("[id^='place-field']").First.FillAsync("ศูนย์บริการร่วม");
        await page.Locator("[id^='hours-field']").First.FillAsync("วันจันทร์–วันศุกร์ 08.30–16.30 น.");
        await page.GetByRole(AriaRole.Button, new() { Name = "เพิ่ม ขั้นตอน" }).ClickAsync();
        await page.Locator("[id^='title-field']").Nth(1).FillAsync("ยื่นคำขอและรับหนังสือ");
        await page.Locator("[id^='unit-field']").Nth(1).FillAsync("สำนักปลัดเทศบาล");
        // Neither a document nor "ไม่มี", and a step without its time: the form refuses, as portal check would (PT081).
        await page.GetByRole(AriaRole.Button, new() { Name = "เผยแพร่" }).First.ClickAsync();
        await page.GetByText("เผยแพร่ตอนนี้").ClickAsync();
        await page.GetByText("จำเป็นต้องระบุ เอกสารที่ต้องใช้").WaitForAsync();
        await page.GetByText("จำเป็นต้องระบุ ค่าธรรมเนียม").WaitForAsync();
        await page.GetByText("จำเป็นต้องระบุ ระยะเวลา").WaitForAsync();
        await page.Locator("[id^='duration-field']").First.FillAsync("1 วันทำการ");
        // A document without its name is refused too; then the officer decides there is none after all.
        await page.GetByRole(AriaRole.Button, new() { Name = "เพิ่ม เอกสาร" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "เผยแพร่" }).First.ClickAsync();
        await page.GetByText("เผยแพร่ตอนนี้").ClickAsync();
        await page.GetByText("จำเป็นต้องระบุ ชื่อเอกสาร").WaitForAsync();
        Assert.Equal(["index.md", "water-permit.md"], Directory.EnumerateFiles(Path.Combine(Input, "services"), "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        await page.Locator("[id^='documents-field'][id$='-none']").CheckAsync();
        await page.Locator("[id^='fees-field'][id$='-none']").CheckAsync();
        await page.Locator("[id^='legal_basis-field']").First.FillAsync("พระราชบัญญัติทดสอบ");
        await Shot(page, "08-service-none.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "เผยแพร่" }).First.ClickAsync();
        await page.GetByText("เผยแพร่ตอนนี้").ClickAsync();
        var services = Path.Combine(Input, "services");
        var saved = await WaitForFile(() => Directory.EnumerateFiles(services, "*.md")
            .FirstOrDefault(f => Path.GetFileName(f) is not ("index.md" or "water-permit.md")));
        await page.WaitForFunctionAsync("() => location.hash.includes('/collections/services/entries/')");

        var text = await File.ReadAllTextAsync(saved);
        Assert.Contains("documents: ไม่มี\n", text, StringComparison.Ordinal);
        Assert.Contains("fees: ไม่มีค่าธรรมเนียม\n", text, StringComparison.Ordinal);

        // Read back from the file, the form shows "none" ticked, not an empty list.
        await page.ReloadAsync();
        await page.Locator("[id^='fees-field'][id$='-none']").WaitForAsync();
        Assert.True(await page.Locator("[id^='documents-field'][id$='-none']").IsCheckedAsync());
        Assert.True(await page.Locator("[id^='fees-field'][id$='-none']").IsCheckedAsync());

        // A manual with documents and fees shows its lists, "none" unticked.
        await page.GotoAsync(new Uri(server.Address, "admin/#/collections/services/entries/water-permit").ToString());
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "เพิ่ม เอกสาร" }).WaitForAsync();
        Assert.False(await page.Locator("[id^='documents-field'][id$='-none']").IsCheckedAsync());
        Assert.False(await page.Locator("[id^='fees-field'][id$='-none']").IsCheckedAsync());
        var check = new BuildSession(options, PortalFeatures.Parts).Check();
        Assert.True(check.Succeeded, string.Join("\n", check.Diagnostics));
    });

    /// <summary>
    /// <c>portal serve --cms</c> on the copy, Debian's chromium on it, and <paramref name="edit"/>; when a step times out,
    /// the error has a screenshot and what the editor logged, to tell a changed interface from a broken save.
    /// </summary>
    private async Task WithEditor(Func<IPage, PreviewServer, BuildOptions, Task> edit)
    {
        using var cms = await DecapServer.StartAsync(RepositoryPaths.RepositoryRoot, _folder, review: false, CancellationToken.None);
        var options = new BuildOptions(Input, RepositoryPaths.RealTheme, Preview: true);
        var headers = SecurityHeaders.Load(Path.Combine(RepositoryPaths.RepositoryRoot, "netlify.toml"));
        await using var server = await PreviewServer.StartAsync(options, 0, headers, _ => { }, _ => { }, CancellationToken.None, cms);
        Assert.True(server.FirstBuild.Succeeded);

        var browser = await Chromium.SharedAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "th-TH" });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            _console.Add(message.Text);
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _policyViolations.Add(message.Text);
            }
        };
        try
        {
            await edit(page, server, options);
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            var shot = Path.Combine(Path.GetTempPath(), "portal-cms-failure.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
            throw new InvalidOperationException($"{e.Message}\nscreenshot: {shot}\nconsole:\n{string.Join("\n", _console)}", e);
        }

        Assert.Empty(_policyViolations);
    }

    /// <summary>Runs <paramref name="test"/> with the editor on a copy of the real site's input instead of the fixture's.</summary>
    private async Task WithRealInput(Func<Task> test)
    {
        Directory.Delete(Input, recursive: true);
        CopyFolder(RepositoryPaths.RealInput, Input);
        await test();
    }

    /// <summary>Lines added plus lines removed since <paramref name="before"/>, as <c>git diff</c> counts them.</summary>
    private int ChangedLines(string file, string before)
    {
        var old = Path.Combine(_folder, "before.md");
        File.WriteAllText(old, before);
        var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", ["diff", "--no-index", "--numstat", "--", old, file])
        {
            RedirectStandardOutput = true,
        })!;
        var numstat = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return numstat.Split('\n', StringSplitOptions.RemoveEmptyEntries).Sum(l => l.Split('\t').Take(2).Sum(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static async Task LogIn(IPage page, PreviewServer server)
    {
        await page.GotoAsync(new Uri(server.Address, "admin/").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" }).ClickAsync();
    }

    private async Task NewsItem(IPage page, PreviewServer server, BuildOptions options)
    {
        await page.GotoAsync(new Uri(server.Address, "admin/#/collections/news/new").ToString());
        var title = page.Locator("[id^='title-field']").First;
        await title.WaitForAsync();
        await title.FillAsync(Title);

        // A news item needs its date: the form refuses to publish without one, and nothing is written.
        await page.GetByRole(AriaRole.Button, new() { Name = "เผยแพร่" }).First.ClickAsync();
        await page.GetByText("เผยแพร่ตอนนี้").ClickAsync();
        await page.GetByText("จำเป็นต้องระบุ วันที่ของเนื้อหา").WaitForAsync();
        await Shot(page, "02-required.png");
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(Input, "news")), f => Path.GetFileName(f).StartsWith("2026", StringComparison.Ordinal));

        // Day/month/year in the Buddhist era, as staff write dates; saved as 2026-11-20.
        await page.Locator("[id^='date-field']").First.FillAsync("20/11/2569");
        // The file gets a short English name, offered filled in; a Thai one is refused, as portal check would (PT105).
        var slug = page.Locator("[id^='slug-field']").First;
        Assert.Equal("news", await slug.InputValueAsync());
        await Shot(page, "02-new-news.png");
        await slug.FillAsync("ซ่อมถนน");
        await page.GetByRole(AriaRole.Button, new() { Name = "เผยแพร่" }).First.ClickAsync();
        await page.GetByText("เผยแพร่ตอนนี้").ClickAsync();
        await page.GetByText("ใช้ได้เฉพาะอักษรอังกฤษตัวเล็ก").WaitForAsync();
        await slug.ClearAsync();
        await slug.FillAsync("road-repair");

        await page.GetByRole(AriaRole.Button, new() { Name = "เพิ่ม ไฟล์แนบ" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "เลือกไฟล์" }).First.ClickAsync();
        var upload = page.Locator("input[type=file]").First;
        await upload.SetInputFilesAsync(new FilePayload { Name = AttachmentName, MimeType = "application/pdf", Buffer = MinimalPdf() });
        await page.GetByRole(AriaRole.Button, new() { Name = "เลือกข้อมูลที่ถูกเลือก" }).ClickAsync();
        await page.Locator("[id^='title-field']").Nth(1).FillAsync("ประกาศฉบับเต็ม (PDF)");
        await Shot(page, "03-attachment.png");

        var oit = page.Locator("[id^='oit-field']").Last;
        await oit.ClickAsync();
        await page.Keyboard.TypeAsync("2566/O42");
        await page.Keyboard.PressAsync("Enter");
        await Shot(page, "04-oit.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "เผยแพร่" }).First.ClickAsync();
        await page.GetByText("เผยแพร่ตอนนี้").ClickAsync();
        var news = Path.Combine(Input, "news");
        var saved = await WaitForFile(() => Directory.EnumerateFiles(news, "2026-11-20-*.md").FirstOrDefault());
        Assert.Equal("2026-11-20-road-repair.md", Path.GetFileName(saved));
        // Once saved, the editor moves from the new entry to the saved one.
        await page.WaitForFunctionAsync("() => location.hash.includes('/collections/news/entries/')");
        await Shot(page, "05-saved.png");
        // Read back, the date is day/month/year in the Buddhist era, with no time zone beside it.
        Assert.Equal("20/11/2569", await page.Locator("[id^='date-field']").First.InputValueAsync());
        Assert.Equal(0, await page.GetByText("UTC", new() { Exact = true }).CountAsync());

        var text = await File.ReadAllTextAsync(saved);
        Assert.Contains($"title: {Title}", text, StringComparison.Ordinal);
        Assert.Contains("date: 2026-11-20", text, StringComparison.Ordinal);
        Assert.Contains("2566/O42", text, StringComparison.Ordinal);
        var attached = Directory.EnumerateFiles(Path.Combine(Input, "files")).Select(Path.GetFileName).Single(f => f!.EndsWith(".pdf", StringComparison.Ordinal) && f.StartsWith("ประกาศ", StringComparison.Ordinal));
        Assert.Contains($"file: {attached}", text, StringComparison.Ordinal);

        var check = new BuildSession(options, PortalFeatures.Parts).Check();
        Assert.True(check.Succeeded, string.Join("\n", check.Diagnostics));

        // The attachment's link is percent-encoded and leads to the file.
        var url = new Uri(server.Address, "news/" + Path.GetFileNameWithoutExtension(saved) + "/");
        await page.GotoAsync(url.ToString());
        var href = await page.Locator("main a[href$='.pdf']").First.GetAttributeAsync("href");
        Assert.Equal("/files/" + Uri.EscapeDataString(attached!), href);
        var response = await page.APIRequest.GetAsync(new Uri(url, href).ToString());
        Assert.Equal(200, response.Status);
    }

    [CmsFact]
    public async Task In_review_mode_a_save_is_a_git_branch_that_is_sent_for_review_on_the_workflow_board()
    {
        Git("init", "-q", "-b", "main");
        Git("config", "user.name", "Portal test");
        Git("config", "user.email", "portal-test@example.invalid");
        Git("add", "-A");
        Git("commit", "-q", "-m", "fixture");
        using var cms = await DecapServer.StartAsync(RepositoryPaths.RepositoryRoot, _folder, review: true, CancellationToken.None);
        var options = new BuildOptions(Input, RepositoryPaths.RealTheme, Preview: true);
        var headers = SecurityHeaders.Load(Path.Combine(RepositoryPaths.RepositoryRoot, "netlify.toml"));
        await using var server = await PreviewServer.StartAsync(options, 0, headers, _ => { }, _ => { }, CancellationToken.None, cms);

        var browser = await Chromium.SharedAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "th-TH" });
        var page = await context.NewPageAsync();
        page.Console += (_, message) => _console.Add(message.Text);
        try
        {
            await page.GotoAsync(new Uri(server.Address, "admin/").ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" }).ClickAsync();
            await page.GotoAsync(new Uri(server.Address, "admin/#/collections/news/new").ToString());
            await page.Locator("[id^='title-field']").First.FillAsync(Title);
            await page.Locator("[id^='date-field']").First.FillAsync("20/11/2569");
            await page.GetByRole(AriaRole.Button, new() { Name = "บันทึก", Exact = true }).ClickAsync();
            await page.WaitForFunctionAsync("() => location.hash.includes('/collections/news/entries/')");

            await page.GetByRole(AriaRole.Button, new() { Name = "สถานะ: ร่าง" }).ClickAsync();
            await page.GetByText("อยู่ระหว่างการตรวจสอบ").First.ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "สถานะ: อยู่ระหว่างการตรวจสอบ" }).WaitForAsync();
            await Shot(page, "06-review.png");

            await page.GotoAsync(new Uri(server.Address, "admin/#/workflow").ToString());
            await page.GetByText(Title).WaitForAsync();
            await Shot(page, "07-workflow.png");
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            var shot = Path.Combine(Path.GetTempPath(), "portal-cms-failure.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
            throw new InvalidOperationException($"{e.Message}\nscreenshot: {shot}\nconsole:\n{string.Join("\n", _console)}", e);
        }

        Assert.Contains("cms/news/2026-11-20-", Git("branch", "--list", "cms/*"), StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(Input, "news")), f => Path.GetFileName(f).StartsWith("2026", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task The_published_editor_offers_the_git_hosts_login_and_reaches_no_other_origin()
    {
        File.AppendAllText(Path.Combine(Input, "_data", "site.yml"), "\ncms:\n  backend: github\n  repo: owner/site\n");
        var options = new BuildOptions(Input, RepositoryPaths.RealTheme);
        var headers = SecurityHeaders.Load(Path.Combine(RepositoryPaths.RepositoryRoot, "netlify.toml"));
        await using var server = await PreviewServer.StartAsync(options, 0, headers, _ => { }, _ => { }, CancellationToken.None);
        Assert.True(server.FirstBuild.Succeeded);

        var browser = await Chromium.SharedAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "th-TH" });
        var page = await context.NewPageAsync();
        var elsewhere = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(server.Address.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("blob:", StringComparison.Ordinal)
                && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };
        page.Console += (_, message) => _console.Add(message.Text);

        await page.GotoAsync(new Uri(server.Address, "admin/").ToString());
        var login = page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบด้วย GitHub" });
        await login.WaitForAsync();
        await Shot(page, "00-login-github.png");

        Assert.Empty(elsewhere);
        Assert.DoesNotContain(_console, m => m.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    private static async Task Shot(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name) });
    }

    private string Git(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git", arguments) { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var git = System.Diagnostics.Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        var errors = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {errors}");
        return output;
    }

    private static async Task<string> WaitForFile(Func<string?> find)
    {
        for (var i = 0; i < 100; i++)
        {
            if (find() is { } path)
            {
                return path;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the editor saved no file within 10 s");
    }

    /// <summary>The smallest well-formed PDF: one empty page.</summary>
    private static byte[] MinimalPdf() => System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj " +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"file: [a-z0-9-]+/[^\n]+")]
    private static partial System.Text.RegularExpressions.Regex SubFolderAttachment();
}
