using Portal.Diagnostics;
using Portal.Kinds;
using YamlDotNet.RepresentationModel;

namespace Portal.Content;

/// <summary>
/// The schema check of the model stage: applies the folder defaults, decides the page's kind, types
/// every key (the common ones and the kind's own), and reports unknown keys, wrong values, missing
/// required keys and layouts the theme lacks, each at the line that causes it.
/// </summary>
internal static class FrontMatterReader
{
    /// <summary>One file on its own, with no folder defaults.</summary>
    public static FrontMatter Read(SourceFile file, PageKindRegistry kinds, ICollection<Diagnostic> diagnostics) =>
        Read(FrontMatterDocument.Parse(file, diagnostics), kinds, [], null, diagnostics);

    /// <param name="defaults">The folder defaults that apply to the page, farthest first (<see cref="FolderDefaults.For"/>).</param>
    /// <param name="layoutNames">The theme's layouts, to check the page's layout; null skips that check.</param>
    public static FrontMatter Read(FrontMatterDocument document, PageKindRegistry kinds, IReadOnlyList<FolderDefaults> defaults,
        IReadOnlyCollection<string>? layoutNames, ICollection<Diagnostic> diagnostics)
    {
        if (document.Unreadable)
        {
            return new FrontMatter { Kind = kinds.Default };
        }

        var pageValues = new FrontMatterValues(document.Source, diagnostics);
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var unknownKeyed = new List<Entry>();
        foreach (var (mapping, values) in defaults.Select(d => (d.Mapping, new FrontMatterValues(d.Document.Source, diagnostics))).Append((document.Mapping, pageValues)))
        {
            foreach (var (keyNode, value) in mapping.Children)
            {
                var entry = new Entry(keyNode is YamlScalarNode k ? k.Value ?? "" : "", keyNode, value, values);
                if (entry.Key.Length == 0)
                {
                    unknownKeyed.Add(entry);
                }
                else
                {
                    entries[entry.Key] = entry;
                }
            }
        }

        var (kind, decidedBy) = Kind(entries, kinds);
        var known = FrontMatterKeys.All.Concat(kinds.SharedKeys.Select(k => k.Key)).Concat(kind.Fields.Select(f => f.Key)).ToList();
        var result = new FrontMatter { Kind = kind };
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var entry in unknownKeyed.Concat(entries.Values).OrderBy(e => e.Values == pageValues).ThenBy(e => e.KeyNode.Start.Line))
        {
            var location = entry.Values.Location(entry.KeyNode);
            if (kind.Fields.FirstOrDefault(f => f.Key == entry.Key) is { } field)
            {
                locations[entry.Key] = location;
                fields[entry.Key] = field.Read(entry.Value, entry.Values);
            }
            else if (FrontMatterKeys.All.Contains(entry.Key))
            {
                locations[entry.Key] = location;
                result = Common(result, entry, kinds.SharedKeys);
            }
            else if (kinds.SharedKeys.FirstOrDefault(k => k.Key == entry.Key) is { } shared)
            {
                locations[entry.Key] = location;
                result = result with { Extensions = SharedFrontMatterKey.Store(result.Extensions, shared.Read(entry.Value, entry.Values, entry.Key)) };
            }
            else
            {
                entry.Values.ReportUnknownKey(entry.Key, known, location);
            }
        }

        result = result with { Fields = fields, KeyLocations = locations };
        var fileStart = document.Source.FileStart;
        if (string.IsNullOrWhiteSpace(result.Title))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.MissingTitle, locations.GetValueOrDefault(FrontMatterKeys.Title, fileStart),
                "หน้านี้ไม่มีชื่อเรื่อง ให้เพิ่ม title: ในส่วนหัว", "the page has no title: add 'title:' to the front matter"));
        }

        ReportMissingKeys(kind, decidedBy, entries, pageValues, fileStart, diagnostics);
        if (layoutNames is not null)
        {
            CheckLayout(result.Layout ?? kind.Layout, locations.GetValueOrDefault(FrontMatterKeys.Layout, fileStart), layoutNames, diagnostics);
        }

        return result;
    }

    /// <summary>The layout a page names must exist in the theme.</summary>
    public static void CheckLayout(string layout, SourceLocation location, IReadOnlyCollection<string> layoutNames, ICollection<Diagnostic> diagnostics)
    {
        if (layoutNames.Contains(layout))
        {
            return;
        }

        var (hint, englishHint) = DidYouMean.Hint(layout, layoutNames);
        diagnostics.Add(Diagnostic.Error(DiagnosticCode.UnknownLayout, location,
            $"ไม่มีแม่แบบ '{layout}' ในธีม{hint}", $"the theme has no layout '{layout}'{englishHint}"));
    }

    private sealed record Entry(string Key, YamlNode KeyNode, YamlNode Value, FrontMatterValues Values);

    /// <summary>The kind comes from <c>kind:</c> (the page's or its folders'), else from a layout that belongs to a kind, else the default.</summary>
    private static (PageKind Kind, Entry? DecidedBy) Kind(Dictionary<string, Entry> entries, PageKindRegistry kinds)
    {
        if (entries.TryGetValue(FrontMatterKeys.Kind, out var kindEntry))
        {
            var name = kindEntry.Values.Text(kindEntry.Value, FrontMatterKeys.Kind) ?? "";
            if (kinds.Find(name) is { } named)
            {
                return (named, kindEntry);
            }

            var (thai, english) = kinds.Hint(name);
            kindEntry.Values.InvalidValue(kindEntry.Value, FrontMatterKeys.Kind,
                $"ชนิดหน้าที่มีอยู่ ไม่ใช่ '{name}'{thai}", $"a known page kind, not '{name}'{english}");
        }

        if (entries.TryGetValue(FrontMatterKeys.Layout, out var layoutEntry)
            && layoutEntry.Value is YamlScalarNode { Value: { } layout }
            && kinds.ForLayout(layout) is { } byLayout)
        {
            return (byLayout, layoutEntry);
        }

        return (kinds.Default, null);
    }

    private static FrontMatter Common(FrontMatter result, Entry entry, IReadOnlyList<SharedFrontMatterKey> sharedKeys)
    {
        var (key, value, values) = (entry.Key, entry.Value, entry.Values);
        return key switch
        {
            FrontMatterKeys.Title => result with { Title = values.Text(value, key) ?? "" },
            FrontMatterKeys.Description => result with { Description = values.Text(value, key) },
            FrontMatterKeys.Date => result with { Date = values.Date(value, key) },
            FrontMatterKeys.Updated => result with { Updated = values.Date(value, key) },
            FrontMatterKeys.Layout => result with { Layout = values.Text(value, key) },
            FrontMatterKeys.Draft => result with { Draft = values.Boolean(value, key) },
            FrontMatterKeys.Tags => result with { Tags = values.TextList(value, key) },
            FrontMatterKeys.Order => result with { Order = values.WholeNumber(value, key) },
            FrontMatterKeys.FiscalYear => result with { FiscalYearOverride = values.FiscalYear(value, key) },
            FrontMatterKeys.Attachments => result with { Attachments = values.Attachments(value, [.. sharedKeys.Where(k => k.OnAttachments)]) },
            FrontMatterKeys.Slug => CheckSlug(result, value, values),
            _ => result,
        };
    }

    /// <summary>The file's name as the web editor made it; only its form is checked, since a published URL stays as it is.</summary>
    private static FrontMatter CheckSlug(FrontMatter result, YamlNode value, FrontMatterValues values)
    {
        if (values.Text(value, FrontMatterKeys.Slug) is { } slug && !PageSlug.IsValid(slug))
        {
            values.Report(Diagnostic.Error(DiagnosticCode.InvalidSlug, values.Location(value),
                $"'slug' ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) เท่านั้น เช่น water-permit ('{slug}' ใช้ไม่ได้)",
                $"'slug' must be lower-case English letters, digits and hyphens, e.g. water-permit ('{slug}' is not)"));
        }

        return result;
    }

    /// <summary>A required key is reported where the page chose its kind (its <c>layout:</c> or <c>kind:</c>), else at the page's start.</summary>
    private static void ReportMissingKeys(PageKind kind, Entry? decidedBy, Dictionary<string, Entry> entries, FrontMatterValues pageValues,
        SourceLocation fileStart, ICollection<Diagnostic> diagnostics)
    {
        var location = decidedBy is not null && decidedBy.Values == pageValues ? pageValues.Location(decidedBy.KeyNode) : fileStart;
        foreach (var key in kind.RequiredKeys.Where(k => !entries.ContainsKey(k)))
        {
            diagnostics.Add(decidedBy?.Key == FrontMatterKeys.Layout
                ? Diagnostic.Error(DiagnosticCode.MissingRequiredKey, location,
                    $"หน้าแบบ{kind.ThaiName} (layout: {kind.Layout}) ต้องมี '{key}'", $"a page with layout '{kind.Layout}' needs '{key}'")
                : Diagnostic.Error(DiagnosticCode.MissingRequiredKey, location,
                    $"หน้าแบบ{kind.ThaiName} (kind: {kind.Name}) ต้องมี '{key}'", $"a page of kind '{kind.Name}' needs '{key}'"));
        }
    }
}
