using System.Text;
using Portal.Thai;

namespace Portal.Markdown;

/// <summary>
/// Makes heading ids that keep Thai: letters, combining marks (Thai vowels and tone marks are marks)
/// and digits stay; Latin letters are lower-cased; every run of anything else becomes one hyphen.
/// Markdig's own auto-identifiers drop Thai, which leaves Thai headings without usable anchors.
/// </summary>
internal static class ThaiSlugger
{
    public const string Fallback = "section";

    public static string Slugify(string text)
    {
        var normalized = ThaiText.Normalize(text);
        var builder = new StringBuilder(normalized.Length);
        var pendingHyphen = false;
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (ThaiText.IsWordCharacter(rune))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(utf16[..Rune.ToLowerInvariant(rune).EncodeToUtf16(utf16)]);
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? Fallback : builder.ToString();
    }

    /// <summary>Hands out ids that are unique within one page: the second "ก" becomes "ก-1".</summary>
    /// <param name="reserved">Ids never handed out, kept by the caller: the theme's, the same for every page, so not copied into each page's set.</param>
    public sealed class UniqueIds(IReadOnlySet<string> reserved)
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        /// <summary>The next number to try for each slug, so a page of many equal headings costs one step per heading, not one per earlier heading.</summary>
        private readonly Dictionary<string, int> _nextNumber = new(StringComparer.Ordinal);

        public void Reserve(string id) => _used.Add(id);

        public string Next(string text)
        {
            var slug = Slugify(text);
            if (TryUse(slug))
            {
                return slug;
            }

            var n = _nextNumber.GetValueOrDefault(slug, 1);
            string candidate;
            do
            {
                candidate = $"{slug}-{n++}";
            }
            while (!TryUse(candidate));

            _nextNumber[slug] = n;
            return candidate;
        }

        private bool TryUse(string id) => !reserved.Contains(id) && _used.Add(id);
    }
}
