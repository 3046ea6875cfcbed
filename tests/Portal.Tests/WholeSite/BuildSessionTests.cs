using Portal.Content;
using Portal.Diagnostics;
using Portal.Features;
using Portal.Output;
using Portal.Pipeline;

namespace Portal.Tests.WholeSite;

/// <summary>A session lives between builds: it reads again only what changed, records what each page read, and can write to memory.</summary>
public sealed class BuildSessionTests
{
    [Fact]
    public void A_second_build_after_a_one_file_change_reads_only_that_file()
    {
        using var site = TempSite.Create("basic");
        var session = new BuildSession(site.Options(), PortalFeatures.Parts);
        var target = new MemoryTarget();

        Assert.True(session.Build(target).Succeeded);
        Assert.Equal(10, session.PagesRead);

        var history = Path.Combine(site.InputDirectory, "about", "history.md");
        File.AppendAllText(history, "\nย่อหน้าใหม่ที่เพิ่งเพิ่ม\n");
        File.SetLastWriteTimeUtc(history, DateTime.UtcNow.AddMinutes(1));
        var second = session.Build(target);

        Assert.True(second.Succeeded, TempSite.Describe(second.Diagnostics));
        Assert.Equal(1, session.PagesRead);
        Assert.Contains("ย่อหน้าใหม่ที่เพิ่งเพิ่ม", System.Text.Encoding.UTF8.GetString(target.Files["about/history/index.html"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_shot_build_writes_each_page_as_it_renders_and_keeps_none_for_a_next_build()
    {
        using var site = TempSite.Create("basic");
        var stagedAtWrite = new StagedPagesAtWrite(site.OutputDirectory);
        var once = BuildSession.ForOneBuild(site.Options(), PortalFeatures.Parts);

        var result = once.Build(new FolderTarget(site.OutputDirectory), stagedAtWrite);
        var kept = new BuildSession(site.Options(), PortalFeatures.Parts).Build(new MemoryTarget());

        Assert.True(result.Succeeded, TempSite.Describe(result.Diagnostics));
        Assert.Equal(result.PageCount, stagedAtWrite.Pages);
        Assert.Empty(once.Dependencies);
        Assert.Equal((kept.PageCount, kept.FileCount), (result.PageCount, result.FileCount));
        Assert.Equal(result.PageCount, Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void A_one_shot_build_keeps_no_render_record_nor_parsed_yaml_and_a_sessions_build_keeps_both()
    {
        using var site = TempSite.Create("basic");

        var (onceLoaded, once) = Render(site, oneShot: true);
        var (keptLoaded, kept) = Render(site, oneShot: false);

        Assert.Null(once.Record);
        Assert.Empty(once.Dependencies);
        Assert.All(onceLoaded.Content.Pages, p => Assert.Throws<InvalidOperationException>(() => p.FrontMatter));
        Assert.NotNull(kept.Record);
        Assert.Equal(kept.Pages.Count, kept.Dependencies.Count);
        Assert.All(keptLoaded.Content.Pages, p => Assert.NotNull(p.FrontMatter.Mapping));
        Assert.Equal(kept.Pages.Select(p => (p.Url, p.Html)), once.Pages.Select(p => (p.Url, p.Html)));
    }

    /// <summary>The stages of a build up to the render, as a one-shot build or a session's first build runs them.</summary>
    private static (LoadedSite Loaded, RenderedSite Rendered) Render(TempSite site, bool oneShot)
    {
        var options = site.Options();
        var cache = new SessionCache(keepsRenders: !oneShot);
        var today = BuildDate.Resolve(options.AsOf);
        var diagnostics = new DiagnosticBag();
        var loaded = LoadStage.Run(options, PortalFeatures.Parts, cache, InputChanges.Unknown, today, diagnostics, null);
        var model = ModelStage.Run(loaded, options, PortalFeatures.Parts, cache.TypedFrontMatter(loaded.Stamps.Settings), today, oneShot, diagnostics, null);
        var plan = ValidateStage.Run(model, loaded.Theme.Theme, PortalFeatures.Parts, diagnostics, null);
        var rendered = RenderStage.Run(model, loaded, plan, options, PortalFeatures.Parts, null, null, null, oneShot, diagnostics, null);
        Assert.False(diagnostics.HasErrors, TempSite.Describe(diagnostics.ToSortedList()));
        return (loaded, rendered);
    }

    [Fact]
    public void A_one_shot_build_lets_go_of_each_pages_markdown_once_rendered_and_a_session_keeps_it_for_the_next_build()
    {
        using var site = TempSite.Create("basic");

        var once = SiteBuild.Run(site.Options(), PortalFeatures.Parts);
        var session = new BuildSession(site.Options(), PortalFeatures.Parts);
        var kept = session.Build(new MemoryTarget());

        Assert.True(once.Succeeded, TempSite.Describe(once.Diagnostics));
        var released = once.Site!.Pages.Where(p => p.Source is not null).ToList();
        Assert.NotEmpty(released);
        Assert.All(released, p => Assert.Throws<InvalidOperationException>(() => p.Source!.Text));
        Assert.All(kept.Site!.Pages.Where(p => p.Source is not null), p => Assert.NotEmpty(p.Source!.Text));
        Assert.True(session.Build(new MemoryTarget()).Succeeded);
    }

    [Fact]
    public void A_memory_target_holds_the_same_bytes_as_the_output_folder()
    {
        using var site = TempSite.Create("basic");
        var built = site.Build();
        var memory = new MemoryTarget();

        var result = new BuildSession(site.Options(), PortalFeatures.Parts).Build(memory);

        Assert.True(result.Succeeded);
        var folder = TempSite.Snapshot(built.OutputDirectory);

        // The marker that lets the next build replace the folder is the folder's, not the site's.
        Assert.True(folder.Remove(Portal.Output.OutputFolder.MarkerName));
        Assert.Equal(folder.Keys, memory.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(memory.Files, f => Assert.Equal(folder[f.Key], Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(f.Value))));
    }

    [Fact]
    public void A_failed_build_leaves_the_memory_target_with_the_last_good_site()
    {
        using var site = TempSite.Create("basic");
        var session = new BuildSession(site.Options(), PortalFeatures.Parts);
        var target = new MemoryTarget();
        session.Build(target);
        var before = target.Files;

        File.WriteAllText(Path.Combine(site.InputDirectory, "about", "broken.md"), "---\ntitel: ผิด\n---\n");
        var failed = session.Build(target);

        Assert.False(failed.Succeeded);
        Assert.Same(before, target.Files);
    }

    [Fact]
    public void Each_page_records_its_layouts_partials_data_links_and_whether_it_lists_pages()
    {
        using var site = TempSite.Create("basic");
        var session = new BuildSession(site.Options(), PortalFeatures.Parts);

        session.Build(target: null);

        var home = Assert.Single(session.Dependencies, d => d.Url == "/");
        Assert.Equal("index.md", home.Source);
        Assert.Contains("layouts/home.liquid", home.Templates);
        Assert.Contains("layouts/base.liquid", home.Templates);
        Assert.Contains("partials/header.liquid", home.Templates);
        Assert.Contains("site", home.Data);
        Assert.True(home.ListsPages);
        Assert.Equal(["about/history.md", "ita/results.md"], home.LinkedSources.Order(StringComparer.Ordinal));

        var history = Assert.Single(session.Dependencies, d => d.Url == "/about/history/");
        Assert.DoesNotContain("layouts/home.liquid", history.Templates);

        var results = Assert.Single(session.Dependencies, d => d.Url == "/ita/results/");
        Assert.Contains("ita_results", results.Data);

        var notFound = Assert.Single(session.Dependencies, d => d.Url == "/404.html");
        Assert.Null(notFound.Source);
    }

    [Fact]
    public void A_check_only_build_writes_nothing()
    {
        using var site = TempSite.Create("basic");

        var result = new BuildSession(site.Options(), PortalFeatures.Parts).Build(target: null);

        Assert.True(result.Succeeded);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    /// <summary>Counts the pages in the staging folder beside the output folder when the write stage starts.</summary>
    private sealed class StagedPagesAtWrite(string outputDirectory) : IProgress<BuildProgress>
    {
        public int Pages { get; private set; } = -1;

        public void Report(BuildProgress value)
        {
            if (value is { Stage: BuildStage.Write, Done: 0 } && Pages < 0)
            {
                var staging = Assert.Single(Directory.GetDirectories(Path.GetDirectoryName(outputDirectory)!, $".{Path.GetFileName(outputDirectory)}.new-*"));
                Pages = Directory.EnumerateFiles(staging, "*.html", SearchOption.AllDirectories).Count();
            }
        }
    }
}
