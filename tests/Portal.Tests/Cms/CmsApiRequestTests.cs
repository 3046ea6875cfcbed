using System.Text;
using System.Text.Json;
using Portal.Serve;

namespace Portal.Tests.Cms;

/// <summary>
/// Issue 18, class 1 (the local servers): what the editor's proxy lets through to decap-server. Only Decap's actions and
/// fields, and every path, wherever it sits in the request, inside the input folder once its links are followed.
/// </summary>
public sealed class CmsApiRequestTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-tests", "cms-api-" + Guid.NewGuid().ToString("N"));

    public CmsApiRequestTests()
    {
        foreach (var (path, text) in new[] { ("input/news/a.md", "a"), ("input/files/a.pdf", "%PDF"), ("input/pages/b.md", "b"), (".git/config", "[core]"), ("netlify.toml", ""), ("src/x.cs", "") })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, path))!);
            File.WriteAllText(Path.Combine(_root, path), text);
        }

        File.CreateSymbolicLink(Path.Combine(_root, "input/news/out.md"), "../../src/x.cs");
        Directory.CreateSymbolicLink(Path.Combine(_root, "input/src"), "../src");
        File.CreateSymbolicLink(Path.Combine(_root, "input/files/dangling.pdf"), "../../new-outside.txt");
        File.CreateSymbolicLink(Path.Combine(_root, "input/files/same.md"), "../news/a.md");
        Directory.CreateSymbolicLink(Path.Combine(_root, "input/back"), "news/../..");
        File.CreateSymbolicLink(Path.Combine(_root, "input/loop"), "loop");
    }

    private InputFolder Input => new(_root, Path.Combine(_root, "input"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("input/news/a.md")]
    [InlineData("input/news/2026-11-20-ประกาศ.md")]
    [InlineData("input/new-folder/b.md")]
    [InlineData("input/files/same.md")]
    [InlineData("input")]
    public void A_path_in_the_input_folder_is_inside(string path) => Assert.True(Input.Contains(path));

    [Theory]
    [InlineData(".git/config")]
    [InlineData("netlify.toml")]
    [InlineData("src/x.cs")]
    [InlineData("input/../netlify.toml")]
    [InlineData("input/./news/a.md")]
    [InlineData("input//news/a.md")]
    [InlineData("/etc/passwd")]
    [InlineData("input\\..\\netlify.toml")]
    [InlineData("input/news/a.md\0")]
    [InlineData("C:/x")]
    [InlineData("")]
    [InlineData("inputs/x.md")]
    [InlineData("input/news/out.md")]
    [InlineData("input/src/x.cs")]
    [InlineData("input/src/new.cs")]
    [InlineData("input/files/dangling.pdf")]
    [InlineData("input/back/netlify.toml")]
    [InlineData("input/loop")]
    public void A_path_outside_the_input_folder_once_its_links_are_followed_is_outside_class_1_local_servers(string path) =>
        Assert.False(Input.Contains(path));

    [Theory]
    [InlineData("""{"action":"getEntry","params":{"branch":"main","path":"{p}"}}""")]
    [InlineData("""{"action":"getMediaFile","params":{"branch":"main","path":"{p}"}}""")]
    [InlineData("""{"action":"entriesByFiles","params":{"branch":"main","files":[{"path":"input/news/a.md"},{"path":"{p}"}]}}""")]
    [InlineData("""{"action":"entriesByFolder","params":{"branch":"main","folder":"{p}","extension":"md","depth":1}}""")]
    [InlineData("""{"action":"getMedia","params":{"branch":"main","mediaFolder":"{p}"}}""")]
    [InlineData("""{"action":"persistEntry","params":{"branch":"main","entry":{"slug":"a","path":"{p}","raw":"x"},"assets":[],"options":{"commitMessage":"m","useWorkflow":false,"status":"draft"}}}""")]
    [InlineData("""{"action":"persistEntry","params":{"branch":"main","dataFiles":[{"slug":"a","path":"input/news/a.md","raw":"x","newPath":"{p}"}],"assets":[],"options":{"commitMessage":"m","useWorkflow":false,"status":"draft"}}}""")]
    [InlineData("""{"action":"persistEntry","params":{"branch":"main","dataFiles":[{"slug":"a","path":"input/news/a.md","raw":"x"}],"assets":[{"path":"{p}","content":"eA==","encoding":"base64"}],"options":{"commitMessage":"m","useWorkflow":false,"status":"draft"}}}""")]
    [InlineData("""{"action":"persistMedia","params":{"branch":"main","asset":{"path":"{p}","content":"eA==","encoding":"base64"},"options":{"commitMessage":"m"}}}""")]
    [InlineData("""{"action":"deleteFile","params":{"branch":"main","path":"{p}","options":{"commitMessage":"m"}}}""")]
    [InlineData("""{"action":"deleteFiles","params":{"branch":"main","paths":["input/news/a.md","{p}"],"options":{"commitMessage":"m"}}}""")]
    [InlineData("""{"action":"unpublishedEntryDataFile","params":{"branch":"main","collection":"news","slug":"a","id":"news/a","path":"{p}"}}""")]
    [InlineData("""{"action":"unpublishedEntryMediaFile","params":{"branch":"main","collection":"news","slug":"a","id":"news/a","path":"{p}"}}""")]
    public void Every_path_of_every_action_must_be_in_the_input_folder_class_1_local_servers(string template)
    {
        Assert.NotNull(Check(template.Replace("{p}", "input/pages/b.md", StringComparison.Ordinal)));
        foreach (var outside in new[] { ".git/config", "input/../netlify.toml", "/etc/passwd", "input/news/out.md", "input/src/y.cs" })
        {
            Assert.Null(Check(template.Replace("{p}", outside, StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData("""{"action":"runCommand","params":{}}""")]
    [InlineData("""{"action":"\ud800","params":{}}""")]
    [InlineData("""{"params":{"path":"input/news/a.md"}}""")]
    [InlineData("""{"action":"getEntry","params":{"branch":"main","path":"input/news/a.md","extra":"x"}}""")]
    [InlineData("""{"action":"getEntry","params":{"branch":"main","path":"input/news/a.md"},"more":1}""")]
    [InlineData("""{"action":"getEntry","params":{"branch":"main","path":"input/news/a.md","path":"netlify.toml"}}""")]
    [InlineData("""{"action":"getEntry","action":"deleteFile","params":{"branch":"main","path":"input/news/a.md"}}""")]
    [InlineData("""{"action":"getEntry","params":{"branch":"main","path":["input/news/a.md"]}}""")]
    [InlineData("""{"action":"getEntry","params":{"branch":"-c core.fsmonitor=x","path":"input/news/a.md"}}""")]
    [InlineData("""{"action":"getEntry","params":{"branch":"main","path":"input/news/\ud800.md"}}""")]
    [InlineData("""{"action":"updateUnpublishedEntryStatus","params":{"branch":"main","collection":"news","slug":"../../x","newStatus":"draft"}}""")]
    [InlineData("""{"action":"updateUnpublishedEntryStatus","params":{"branch":"main","collection":"news","slug":"a","newStatus":"x\ny"}}""")]
    [InlineData("""{"action":"persistMedia","params":{"branch":"main","asset":{"path":"input/files/b.pdf","content":"eA==","encoding":"utf8"},"options":{"commitMessage":"m"}}}""")]
    [InlineData("[]")]
    public void An_unknown_action_or_field_or_a_value_of_the_wrong_kind_is_refused_class_1_local_servers(string request) =>
        Assert.Null(Check(request));

    [Fact]
    public void What_Decap_sends_is_forwarded_as_checked()
    {
        const string save = """{"branch":"main","action":"persistEntry","params":{"branch":"main","dataFiles":[{"path":"input/news/2026-11-20-ข่าว.md","slug":"2026-11-20-ข่าว","raw":"---\ntitle: ข่าว\n---\n"}],"assets":[{"path":"input/files/ประกาศ.pdf","content":"JVBERg==","encoding":"base64"}],"options":{"newEntry":true,"commitMessage":"Create News “ข่าว”","collectionName":"news","useWorkflow":false,"hasSubfolders":true,"unpublished":false,"status":"draft"},"cmsLabelPrefix":"decap-cms/"}}""";

        var forwarded = Check(save);

        Assert.NotNull(forwarded);
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(save).RootElement, JsonDocument.Parse(forwarded).RootElement));
    }

    [Fact]
    public void A_save_of_an_existing_page_is_merged_into_its_text_on_disk_and_a_new_page_is_saved_as_sent()
    {
        File.WriteAllText(Path.Combine(_root, "input/pages/b.md"), "---\ntitle: หน้า\ntags: [ก, ข]\n---\n- หนึ่ง\n- สอง\n");
        const string save = """{"action":"persistEntry","params":{"branch":"main","dataFiles":[{"slug":"b","path":"input/pages/b.md","raw":"---\ntitle: หน้าใหม่\ntags:\n  - ก\n  - ข\n---\n* หนึ่ง\n* สาม\n"},{"slug":"c","path":"input/pages/c.md","raw":"---\ntitle: ค\n---\n* ใหม่\n"}],"assets":[],"options":{"commitMessage":"m","useWorkflow":false,"status":"draft"}}}""";

        var forwarded = JsonDocument.Parse(CmsApiProxy.WithSavedPagesMerged(Check(save)!, Input)).RootElement.GetProperty("params").GetProperty("dataFiles");

        Assert.Equal("---\ntitle: หน้าใหม่\ntags: [ก, ข]\n---\n- หนึ่ง\n* สาม\n", forwarded[0].GetProperty("raw").GetString());
        Assert.Equal("---\ntitle: ค\n---\n* ใหม่\n", forwarded[1].GetProperty("raw").GetString());
        Assert.Equal("input/pages/b.md", forwarded[0].GetProperty("path").GetString());
    }

    [Fact]
    public void A_listing_is_refused_when_a_link_in_its_folder_leads_outside_class_1_local_servers()
    {
        Assert.NotNull(Check("""{"action":"entriesByFolder","params":{"branch":"main","folder":"input/pages","extension":"md","depth":1}}"""));
        Assert.Null(Check("""{"action":"entriesByFolder","params":{"branch":"main","folder":"input/news","extension":"md","depth":1}}"""));
        Assert.Null(Check("""{"action":"getMedia","params":{"branch":"main","mediaFolder":"input/files"}}"""));
        Assert.Null(Check("""{"action":"entriesByFolder","params":{"branch":"main","folder":"input","extension":"md","depth":2}}"""));
    }

    private byte[]? Check(string json) => CmsApiRequest.Check(JsonDocument.Parse(Encoding.UTF8.GetBytes(json)).RootElement, Input, out _);
}
