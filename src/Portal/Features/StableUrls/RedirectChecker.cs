using Portal.Diagnostics;

namespace Portal.Features.StableUrls;

/// <summary>Follows each redirect to the address it finally reaches: a loop, or an end that is not built, is an error (PT043).</summary>
internal static class RedirectChecker
{
    /// <param name="exists">Whether the site builds this address (a page, a file, an output).</param>
    /// <param name="clash">Why a redirect from this address would replace or break something the site publishes, or null.</param>
    /// <returns>Each valid redirect's source and its final target.</returns>
    public static IReadOnlyList<(Redirect Redirect, string Target)> Resolve(IReadOnlyList<Redirect> redirects, Func<string, bool> exists,
        Func<string, (string Thai, string English)?> clash, ICollection<Diagnostic> diagnostics)
    {
        var byFrom = redirects.ToDictionary(r => r.From, StringComparer.Ordinal);
        var result = new List<(Redirect, string)>();
        foreach (var redirect in redirects)
        {
            if (clash(redirect.From) is var (thai, english))
            {
                diagnostics.Add(Redirect.Problem(redirect.Location, thai, english));
                continue;
            }

            var path = new List<string> { redirect.From };
            var target = redirect.To;
            while (byFrom.TryGetValue(target, out var next) && !path.Contains(target))
            {
                path.Add(target);
                target = next.To;
            }

            if (path.Contains(target))
            {
                var loop = string.Join(" → ", path.Append(target));
                diagnostics.Add(Redirect.Problem(redirect.Location, $"การย้ายทางวนกลับมาที่เดิม: {loop}", $"the redirects loop: {loop}"));
            }
            else if (!exists(target))
            {
                var hint = !target.EndsWith('/') && exists(target + "/") ? $" หมายถึง {target}/ หรือไม่" : "";
                var englishHint = hint.Length > 0 ? $"; did you mean {target}/?" : "";
                diagnostics.Add(Redirect.Problem(redirect.Location,
                    $"from: {redirect.From} ย้ายไปที่ {target} ซึ่งไม่มีในเว็บไซต์{hint}",
                    $"from: {redirect.From} leads to {target}, which the site does not build{englishHint}"));
            }
            else
            {
                result.Add((redirect, target));
            }
        }

        return result;
    }
}
