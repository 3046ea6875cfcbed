using System.Text;

namespace Portal.Output;

/// <summary>
/// The rules for the folder <c>portal build</c> replaces as a whole. It must be a folder the build may delete:
/// a new or empty one, or one that an earlier build made (it holds <see cref="MarkerName"/>), never a folder of
/// the user's such as <c>src/</c>, <c>.git/</c> or a home folder given by mistake. Only one build at a time may
/// write it: the lock is an open file beside it, which the operating system releases when the process ends, so a
/// killed build leaves no stale lock.
/// </summary>
internal static class OutputFolder
{
    /// <summary>
    /// Left in every output folder. A dot file, so Netlify does not publish it (hidden files are not deployed),
    /// and a fixed sentence, so nothing about the machine or the build would be revealed if a host served it.
    /// </summary>
    public const string MarkerName = ".portal-output";

    public static readonly byte[] MarkerContent = Encoding.UTF8.GetBytes("portal build: this folder is replaced as a whole by the next build\n");

    /// <summary>The lock file beside <c>_site</c>: <c>._site.lock</c>. It stays (empty) after the build; deleting it would let two builds lock two different files.</summary>
    public static string LockPath(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        return Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.lock");
    }

    /// <summary>
    /// Takes the folder for one build: locks it, then checks that it may be replaced. Dispose to release the lock.
    /// </summary>
    /// <param name="shownAs">The folder as the user named it, for messages.</param>
    /// <exception cref="BuildConfigurationException">Another build holds the lock, or the folder is not one a build may replace.</exception>
    /// <exception cref="IOException">The folder or its lock cannot be made (a full disk, a file where a folder must be).</exception>
    public static IDisposable Reserve(string outputDirectory, string shownAs)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)))
            ?? throw new BuildConfigurationException($"โฟลเดอร์ผลลัพธ์ {shownAs} ต้องไม่ใช่รากของดิสก์", $"the output folder {shownAs} must not be the root of a disk");
        Directory.CreateDirectory(parent);
        FileStream held;
        try
        {
            // FileShare.None is an exclusive lock: a share mode on Windows, flock(2) on Linux and macOS.
            held = new FileStream(LockPath(outputDirectory), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsLockConflict(e))
        {
            throw new BuildConfigurationException(
                $"มีการสร้างเว็บไซต์อีกรายการกำลังเขียนโฟลเดอร์ {shownAs} อยู่ ให้รอจนเสร็จแล้วสั่งใหม่ เว็บไซต์เดิมยังอยู่",
                $"another build is writing to {shownAs}; wait until it finishes and run this one again. The previous site is kept", e);
        }

        try
        {
            CheckReplaceable(outputDirectory, shownAs);
            return held;
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The file is locked by another process. .NET reports it as a sharing or lock violation on Windows, and on
    /// Linux and macOS with the errno of <c>flock</c>: EWOULDBLOCK (11 on Linux, 35 on macOS and BSD).
    /// </summary>
    private static bool IsLockConflict(IOException e) =>
        OperatingSystem.IsWindows() ? (e.HResult & 0xFFFF) is 32 or 33 : e.HResult == (OperatingSystem.IsLinux() ? 11 : 35);

    /// <summary>Whether a build may replace the folder: it does not exist, is empty, holds the marker, or is a site built before markers existed.</summary>
    public static void CheckReplaceable(string outputDirectory, string shownAs)
    {
        var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)));
        if (output.LinkTarget is not null)
        {
            throw new BuildConfigurationException(
                $"โฟลเดอร์ผลลัพธ์ {shownAs} เป็นลิงก์ (symbolic link) ซึ่งจะถูกแทนที่ด้วยโฟลเดอร์จริง ให้ระบุโฟลเดอร์ปลายทางโดยตรง",
                $"the output folder {shownAs} is a symbolic link, which the build would replace with a real folder; name the folder it leads to instead");
        }

        if (File.Exists(output.FullName))
        {
            throw new BuildConfigurationException($"{shownAs} เป็นไฟล์ ไม่ใช่โฟลเดอร์ จึงใช้เป็นโฟลเดอร์ผลลัพธ์ไม่ได้",
                $"{shownAs} is a file, not a folder, so it cannot be the output folder");
        }

        if (!output.Exists || !output.EnumerateFileSystemInfos().Any() || File.Exists(Path.Combine(output.FullName, MarkerName)) || IsEarlierSite(output.FullName))
        {
            return;
        }

        throw new BuildConfigurationException(
            $"โฟลเดอร์ {shownAs} มีไฟล์อยู่แล้วและไม่ได้สร้างโดย portal build (ไม่มีไฟล์ {MarkerName}) จึงไม่ลบแทนที่ ให้ระบุโฟลเดอร์ใหม่หรือโฟลเดอร์ว่าง",
            $"the folder {shownAs} already holds files and was not made by portal build (it has no {MarkerName} file), so it is not replaced; name a new or empty folder");
    }

    /// <summary>
    /// A site built before output folders had a marker: it has a home page, a sitemap and Portal's own robots.txt.
    /// Accepted so staff need not delete their <c>_site/</c> by hand; the build then leaves the marker.
    /// </summary>
    private static bool IsEarlierSite(string folder)
    {
        var robots = Path.Combine(folder, RobotsOutput.Path);
        return File.Exists(Path.Combine(folder, "index.html"))
            && File.Exists(Path.Combine(folder, SitemapXmlOutput.Path))
            && File.Exists(robots)
            && new FileInfo(robots).Length < 4096
            && File.ReadAllText(robots).StartsWith("User-agent: *\nAllow: /\n", StringComparison.Ordinal);
    }
}
