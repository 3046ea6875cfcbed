using Portal.Content;

namespace Portal.Site.Generators;

/// <summary><c>/404.html</c>, the page Netlify serves for an unknown address. The theme must have its layout.</summary>
internal sealed class NotFoundPageGenerator : IPageGenerator
{
    public const string Url = "/404.html";
    public const string Layout = "404";

    public IEnumerable<Page> Generate(GeneratorContext context) =>
        [new Page(PageOrigin.Generated, Url, new FrontMatter { Title = "ไม่พบหน้าที่ต้องการ", Layout = Layout }, Source: null)];
}
