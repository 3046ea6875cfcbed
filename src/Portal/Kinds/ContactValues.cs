using System.Text.RegularExpressions;
using Portal.Content;

namespace Portal.Kinds;

/// <summary>The checks and links of the ways a citizen reaches the body the site belongs to: phone numbers, e-mail addresses and web addresses.</summary>
public static partial class ContactValues
{
    /// <summary>
    /// The <c>tel:</c> link of a Thai phone number as staff write it (<c>0 3875 0653</c>, <c>038-750653</c>, the hotline
    /// <c>1567</c>), or null when it is not one: a short hotline of four digits, or nine or ten digits starting with 0.
    /// </summary>
    public static string? TelUri(string phone)
    {
        var digits = Separators().Replace(phone.Trim(), "");
        return PhoneDigits().IsMatch(digits) ? "tel:" + digits : null;
    }

    public static bool IsEmail(string address) => EmailAddress().IsMatch(address.Trim());

    /// <summary>An absolute http(s) address, or a path on this site (<c>/complaints/</c>).</summary>
    public static bool IsWebAddress(string address) =>
        !UrlSchemes.IsDisguised(address.Trim()) && address.StartsWith('/')
        || Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex(@"[\s\-]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(1\d{3}|0\d{8,9})$")]
    private static partial Regex PhoneDigits();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$")]
    private static partial Regex EmailAddress();
}
