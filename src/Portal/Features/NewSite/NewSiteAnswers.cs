using System.Text;
using Portal.Commands;
using Portal.Site;

namespace Portal.Features.NewSite;

/// <summary>What <c>portal init</c> asks: the body's names, its kind, its province and the site's address.</summary>
public sealed record NewSiteAnswers(string Name, string? NameEn, OrganizationKind Kind, string Province, string BaseUrl)
{
    /// <summary>
    /// A name is written into YAML, Markdown and Liquid pages as it is, so it may hold letters, digits, spaces and the
    /// punctuation of official names only: no quote, brace, angle bracket, colon or markup character.
    /// </summary>
    public static string ParseName(string value, string option)
    {
        var name = string.Join(' ', value.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (name.Length is 0 or > 200 || !char.IsLetter(name[0]) || !name.All(c => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark || " .,()-'&".Contains(c)))
        {
            throw new UsageException(
                $"{option} '{value}' ต้องเป็นชื่อที่ขึ้นต้นด้วยตัวอักษร มีตัวอักษร ตัวเลข ช่องว่าง และเครื่องหมาย . , ( ) - ' & เท่านั้น ยาวไม่เกิน 200 ตัวอักษร",
                $"{option} '{value}' must be a name that starts with a letter, of letters, digits, spaces and . , ( ) - ' & only, at most 200 characters");
        }

        return name;
    }

    /// <summary>The site's address: absolute https, a host and nothing after the path (no query, fragment or space).</summary>
    public static string ParseBaseUrl(string value)
    {
        var url = value.Trim().TrimEnd('/');
        if (!SiteSettings.IsValidBaseUrl(url) || !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.Contains('"', StringComparison.Ordinal)
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new UsageException(
                $"--url '{value}' ต้องเป็นที่อยู่เว็บไซต์แบบเต็มที่ขึ้นต้นด้วย https:// เช่น https://www.nongphai.go.th",
                $"--url '{value}' must be an absolute https address, e.g. https://www.nongphai.go.th");
        }

        return url;
    }
}
