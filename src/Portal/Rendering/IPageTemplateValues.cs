using Fluid.Values;
using Portal.Content;
using Portal.Site;

namespace Portal.Rendering;

/// <summary>Values a feature adds to every page's template object (<c>page.oit_claims</c>) and to each of its attachments.</summary>
public interface IPageTemplateValues
{
    IEnumerable<(string Key, FluidValue Value)> Page(Page page);

    IEnumerable<(string Key, FluidValue Value)> Attachment(AttachmentReference attachment);
}
