using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Portal.Content;
using Portal.Diagnostics;

namespace Portal.Rendering;

/// <summary>
/// The theme, parsed once: layouts from <c>theme/layouts/</c>, partials for <c>{% include %}</c> from
/// <c>theme/partials/</c>, and the fingerprinted assets, each file from the site's theme folder when it has one
/// there, else from the built-in theme (<see cref="ThemeFolders"/>). Shared read-only by all rendering threads.
/// </summary>
public sealed partial class Theme
{
    public const string BaseLayout = "base";
    private const string Extension = ".liquid";

    /// <summary>Thai must stay Thai in the output: the default encoder would turn it into entities.</summary>
    public static readonly TextEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly Dictionary<string, IFluidTemplate> _layouts;
    private readonly Dictionary<string, TemplateUses> _uses;

    private readonly Dictionary<string, string> _layoutPaths;
    private readonly string _displayRoot;

    private Theme(TemplateOptions options, Dictionary<string, IFluidTemplate> layouts, AssetManifest assets, string displayRoot, IReadOnlySet<string> elementIds,
        Dictionary<string, TemplateUses> uses, Dictionary<string, string> layoutPaths)
    {
        _uses = uses;
        ElementIds = elementIds;
        _displayRoot = displayRoot;
        _layoutPaths = layoutPaths;
        Options = options;
        _layouts = layouts;
        Assets = assets;
    }

    public TemplateOptions Options { get; }

    public AssetManifest Assets { get; }

    /// <summary>The literal <c>id="…"</c> values in the templates, so content headings do not take them.</summary>
    public IReadOnlySet<string> ElementIds { get; }

    /// <summary>
    /// The layouts a page may name. <c>base</c> is not one of them: it is the frame every page is wrapped
    /// in, and a page laid out with it would nest one HTML document inside another.
    /// </summary>
    public IReadOnlyCollection<string> LayoutNames => [.. _layouts.Keys.Where(name => name != BaseLayout).Order(StringComparer.Ordinal)];

    public IFluidTemplate? Layout(string name) => _layouts.GetValueOrDefault(name);

    /// <summary>What the layout called <paramref name="name"/> reads (templates, data, other pages); empty for a layout the theme lacks.</summary>
    public TemplateUses Uses(string name) =>
        _uses.GetValueOrDefault(name) ?? new TemplateUses(new HashSet<string>(), new HashSet<string>(), ListsPages: false);

    /// <summary>Where the layout called <paramref name="name"/> lives (or would live), as shown in messages.</summary>
    public string LayoutPath(string name) => _layoutPaths.GetValueOrDefault(name) ?? $"{_displayRoot}/layouts/{name}{Extension}";

    /// <param name="filters">The filters features add (<see cref="BuildParts.Filters"/>), beside the theme's own (<see cref="ThemeFilters"/>).</param>
    public static Theme Load(ThemeFolders folders, DiagnosticBag diagnostics, IReadOnlyList<Extensions.TemplateFilter> filters)
    {
        var parser = new FluidParser(new FluidParserOptions { AllowFunctions = false });
        var files = Files(folders, diagnostics);
        var displayRoot = folders.DisplayRoot;
        var assets = AssetManifest.Load([.. files.Values.Select(f => f.File)]);
        var partials = ReadFolder(files, "partials");
        var options = new TemplateOptions
        {
            FileProvider = new MemoryFileProvider(partials),
            MaxRecursion = 20,
        };
        ThemeFilters.Register(options, assets);
        foreach (var filter in filters)
        {
            options.Filters.AddFilter(filter.Name, filter.Filter);
        }


        // Partials are parsed by Fluid when first included; parsing them here too reports a mistake
        // once, at its own line, instead of on every page that includes it.
        foreach (var (name, text) in partials.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Parse(parser, text, files[$"partials/{name}"].DisplayPath, diagnostics);
        }

        var layouts = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        var layoutFiles = ReadFolder(files, "layouts");
        foreach (var (name, text) in layoutFiles.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (Parse(parser, text, files[$"layouts/{name}"].DisplayPath, diagnostics) is { } template)
            {
                layouts[name[..^Extension.Length]] = template;
            }
        }

        if (!layoutFiles.ContainsKey(BaseLayout + Extension))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCode.UnknownLayout, new SourceLocation($"{displayRoot}/layouts/{BaseLayout}{Extension}"),
                "ธีมไม่มีแม่แบบหลัก base.liquid", "the theme has no base layout (layouts/base.liquid)"));
        }

        var elementIds = partials.Values.Concat(layoutFiles.Values)
            .SelectMany(text => LiteralId().Matches(text).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var uses = layouts.Keys.ToDictionary(name => name, name => TemplateUses.Find(name + Extension, layoutFiles, partials), StringComparer.Ordinal);
        var layoutPaths = layouts.Keys.ToDictionary(name => name, name => files[$"layouts/{name}{Extension}"].DisplayPath, StringComparer.Ordinal);
        return new Theme(options, layouts, assets, displayRoot, elementIds, uses, layoutPaths);
    }

    /// <summary>A theme file: as walked, and its path as shown in messages (in the folder it was taken from).</summary>
    private sealed record ThemeFile(InputFile File, string DisplayPath);

    /// <summary>Every file of the theme by its path inside the theme, each from the first folder that has it.</summary>
    private static Dictionary<string, ThemeFile> Files(ThemeFolders folders, DiagnosticBag diagnostics)
    {
        var files = new Dictionary<string, ThemeFile>(StringComparer.Ordinal);
        foreach (var folder in folders.Layers)
        {
            // Walked like input/: a symbolic link must stay inside its folder, and a file with a second name is refused.
            foreach (var file in InputTree.Walk(folder, diagnostics))
            {
                files.TryAdd(file.RelativePath, new ThemeFile(file, folder.Display(file.RelativePath)));
            }
        }

        return files;
    }

    private static IFluidTemplate? Parse(FluidParser parser, string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (parser.TryParse(text, out var template, out var error))
        {
            return template;
        }

        var (message, line, column) = ParseError(error);
        diagnostics.Add(Diagnostic.Error(DiagnosticCode.TemplateError, new SourceLocation(displayPath, line, column),
            $"แม่แบบ (template) มีข้อผิดพลาด: {message}", $"the template cannot be parsed: {message}"));
        return null;
    }

    /// <summary>Fluid's messages may go on with the template source; a diagnostic is one line.</summary>
    internal static string FirstLine(string message) => message.Split('\n')[0].Trim();

    /// <summary>Fluid reports "message at (line:column)" followed by the source; keep one line and the position.</summary>
    private static (string Message, int Line, int Column) ParseError(string error)
    {
        var firstLine = FirstLine(error);
        var position = ErrorPosition().Match(firstLine);
        return position.Success
            ? (firstLine[..position.Index].Trim(), int.Parse(position.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(position.Groups[2].Value, CultureInfo.InvariantCulture))
            : (firstLine, 1, 1);
    }

    [GeneratedRegex("\\bid=\"([^\"{}\\s]+)\"")]
    private static partial Regex LiteralId();

    [GeneratedRegex(@"\s*(?:at\s*)?\((\d+):(\d+)\)\s*$")]
    private static partial Regex ErrorPosition();

    /// <summary>The templates under <paramref name="folder"/> of the theme, by path inside that folder.</summary>
    private static Dictionary<string, string> ReadFolder(Dictionary<string, ThemeFile> themeFiles, string folder) => themeFiles
        .Where(f => f.Key.StartsWith(folder + "/", StringComparison.Ordinal) && f.Key.EndsWith(Extension, StringComparison.Ordinal))
        .ToDictionary(f => f.Key[(folder.Length + 1)..], f => File.ReadAllText(f.Value.File.RealPath), StringComparer.Ordinal);
}
