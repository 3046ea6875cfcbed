using System.Text;
using Portal.Output;
using Portal.Site;

namespace Portal.Tests.Features.Recipes;

/// <summary><c>pages.txt</c>: each rendered page's URL, kind and headings.</summary>
public sealed class PageListOutput : ISiteOutput
{
    public const string Path = "pages.txt";

    public IEnumerable<string> Paths(SiteModel site) => [Path];

    public IEnumerable<OutputFile> Write(OutputContext context) => [OutputFile.Bytes(Path, Encoding.UTF8.GetBytes(string.Concat(
        context.Pages.Select(p => $"{p.Url} {p.Page.Kind.Name} {string.Join('|', p.Toc.Select(t => t.Title))}\n"))))];
}
