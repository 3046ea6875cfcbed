using Portal.Content;
using Portal.Kinds;
using Portal.Site;
using Portal.Site.Generators;

namespace Portal.Features.Citizen;

/// <summary>
/// <c>/contact/</c>, how to reach the body the site belongs to, from <c>contact:</c> in <c>site.yml</c> (checked by
/// <see cref="ContactDetails"/>) and the complaint channels one can use now, what is known first and what awaits
/// confirmation once at the end (the <c>contact</c> layout), when site.yml has <c>contact:</c>, the theme has its layout and no content
/// page is already there.
/// </summary>
internal sealed class ContactPageGenerator : IPageGenerator
{
    public const string Url = "/contact/";
    public const string Layout = "contact";

    public IEnumerable<Page> Generate(GeneratorContext context)
    {
        var settings = context.Data.FirstOrDefault(d => d.Key == SiteSettings.DataKey)?.Value as IReadOnlyDictionary<string, object?>;
        if (settings?.ContainsKey(ContactDetails.Key) != true || !context.Layouts.Contains(Layout) || context.Pages.Any(p => p.Url == Url))
        {
            return [];
        }

        var word = context.Settings.Organization.Word;
        return [new Page(PageOrigin.Generated, Url,
            new FrontMatter { Title = $"ติดต่อ{word}", Description = $"ช่องทางติดต่อและร้องเรียนที่ใช้ได้ทันที ข้อมูลสำนักงาน{word} และหน่วยงานอื่นในพื้นที่", Layout = Layout }, Source: null)];
    }
}
