using Portal.Content;
using Portal.Diagnostics;
using Portal.Markdown;
using Portal.Rendering;
using Portal.Thai;

namespace Portal.Pipeline;

/// <summary>What the load stage read: the content of <c>input/</c>, the parsed theme, and the stamps of both for the next build to compare with.</summary>
internal sealed record LoadedSite(LoadedContent Content, ThemeState Theme, RenderRecord.InputStamps Stamps);

/// <summary>The parsed theme, the Markdown pipeline that depends on it, and what parsing it reported; <paramref name="Stamp"/> names every theme file's size and time.</summary>
internal sealed record ThemeState(string Stamp, Theme Theme, MarkdownRenderer Markdown, IReadOnlyList<Diagnostic> Problems);

/// <summary>The load stage: reads <c>input/</c> (<see cref="ContentLoader"/>), the git history and the theme, reusing what the cache still holds.</summary>
internal static class LoadStage
{
    /// <param name="changes">What a watcher saw change under <c>input/</c> since the last build (<see cref="InputTreeCache"/>).</param>
    /// <param name="today">The day of the build: a new day renders every page again, as templates see it.</param>
    public static LoadedSite Run(BuildOptions options, BuildParts parts, SessionCache cache, InputChanges changes, DateOnly today, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress)
    {
        progress?.Report(new BuildProgress(BuildStage.Load, 0, 1));
        var paths = new ContentPaths(options.InputDirectory, ContentPaths.DisplayName(options.InputDirectory));
        var themeFolders = ThemeFolders.Of(options.ThemeDirectory, options.BuiltInThemeDirectory);

        // The theme is parsed while input/ is read: neither needs the other, and parsing the templates kept one core
        // busy alone. Its problems are still reported after the content's, as before.
        var themeLoad = Task.Run(() => cache.Theme(ThemeStamp(themeFolders), () =>
        {
            var problems = new DiagnosticBag();
            var parsed = Theme.Load(themeFolders, problems, parts.Filters);
            return (parsed, new MarkdownRenderer(parsed.ElementIds), problems.ToSortedList());
        }));

        // No later build compares with these pages: each one's Markdown is read again when it is rendered.
        var files = cache.InputFiles(paths, changes, diagnostics);
        var content = ContentLoader.Load(paths, diagnostics, cache.Pages, files, releaseText: !cache.KeepsRenders) with { History = cache.History(paths.Root) };
        var theme = themeLoad.GetAwaiter().GetResult();
        diagnostics.AddRange(theme.Problems);
        var stamps = Stamps(paths, content, theme, today);
        return new LoadedSite(content, theme, stamps);
    }

    /// <summary>What this build read, stamped, for the next build to compare with.</summary>
    private static RenderRecord.InputStamps Stamps(ContentPaths paths, LoadedContent content, ThemeState theme, DateOnly today)
    {
        var dataFolder = Path.Combine(paths.Root, ContentPaths.DataFolder);
        var data = (Directory.Exists(dataFolder) ? Directory.EnumerateFiles(dataFolder, "*", SearchOption.AllDirectories) : [])
            .GroupBy(f => Path.ChangeExtension(Path.GetRelativePath(dataFolder, f), null).Replace('\\', '/'), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join('\n', g.Order(StringComparer.Ordinal).Select(Stamp)), StringComparer.Ordinal);
        var defaults = content.Defaults.Keys.Order(StringComparer.Ordinal).Select(folder => Stamp(Path.Combine(paths.Root, folder, FolderDefaults.FileName)));
        return new RenderRecord.InputStamps(
            content.Pages.ToDictionary(p => p.File.RelativePath, StringComparer.Ordinal),
            data,
            content.Files.ToDictionary(f => f.RelativePath, f => Stamp(f.FullPath, f.Length, f.LastWriteTimeUtc), StringComparer.Ordinal),
            string.Join('\n', defaults.Prepend(theme.Stamp).Append(ThaiDate.ToIso(today))));
    }

    /// <summary>Both folders' files: a file added to the site's folder overrides a built-in one, and changes the stamp.</summary>
    private static string ThemeStamp(ThemeFolders folders) => string.Join('\n', folders.Layers
        .SelectMany(folder => Directory.EnumerateFiles(folder.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        .Select(Stamp));

    private static string Stamp(string path)
    {
        var info = new FileInfo(path);
        return Stamp(info.FullName, info.Length, info.LastWriteTimeUtc);
    }

    /// <summary>For files the walk of <c>input/</c> has already looked at: their status, without asking the disk again.</summary>
    private static string Stamp(string fullPath, long length, DateTime lastWriteTimeUtc) => $"{fullPath}\t{length}\t{lastWriteTimeUtc.Ticks}";
}
