using Portal.Content;
using Portal.Output;
using Portal.Site;

namespace Portal.Pipeline;

/// <summary>What must hold before a build starts: the folders exist, the options make sense, and the output folder is free and apart from the sources.</summary>
internal static class BuildPreconditions
{
    /// <summary>Checks the folders and options; for a folder target, also takes the folder for this build (<see cref="FolderTarget.Reserve"/>), released when disposed.</summary>
    public static IDisposable? Check(BuildOptions options, IBuildTarget? target)
    {
        if (!Directory.Exists(options.InputDirectory))
        {
            throw new BuildConfigurationException($"ไม่พบโฟลเดอร์เนื้อหา {options.InputDirectory}", $"the input folder {options.InputDirectory} does not exist");
        }

        // A site with no theme/ folder of its own is built with the built-in theme alone; a folder named otherwise was asked for.
        if (Path.GetFileName(Path.TrimEndingDirectorySeparator(options.ThemeDirectory)) != BuildOptions.DefaultThemeDirectory && !Directory.Exists(options.ThemeDirectory))
        {
            throw new BuildConfigurationException($"ไม่พบโฟลเดอร์ธีม {options.ThemeDirectory}", $"the theme folder {options.ThemeDirectory} does not exist");
        }

        if (options.BaseUrl is { } baseUrl && !SiteSettings.IsValidBaseUrl(baseUrl))
        {
            throw new BuildConfigurationException($"--base-url '{baseUrl}' ต้องเป็นที่อยู่เว็บเต็ม เช่น https://example.go.th",
                $"--base-url '{baseUrl}' must be an absolute http(s) address, e.g. https://example.go.th");
        }

        if (target is not FolderTarget folder)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(folder.Directory))
        {
            throw new BuildConfigurationException("ไม่ได้ระบุโฟลเดอร์ผลลัพธ์ (--output ว่างอยู่)", "no output folder was given (--output is empty)");
        }

        // Compared where the paths really lead: an input folder reached through a symbolic link is still the folder
        // the output would replace. The output folder's own name is kept (the build refuses a link there).
        var fullOutput = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder.Directory));
        var output = Path.Join(RealPath.ResolveAllowingMissing(Path.GetDirectoryName(fullOutput) ?? fullOutput), Path.GetFileName(fullOutput));
        foreach (var source in new[] { options.InputDirectory, options.ThemeDirectory, options.BuiltInThemeDirectory }.OfType<string>())
        {
            var real = RealPath.ResolveAllowingMissing(source);
            if (RealPath.IsInside(real, output) || RealPath.IsInside(output, real))
            {
                throw new BuildConfigurationException(
                    $"โฟลเดอร์ผลลัพธ์ {folder.Directory} ต้องไม่ซ้อนกับ {source} เพราะจะถูกแทนที่ทั้งโฟลเดอร์",
                    $"the output folder {folder.Directory} must not overlap {source}: it is replaced as a whole");
            }
        }

        return folder.Reserve();
    }
}
