namespace Portal.Content;

/// <summary>
/// The rule for every command that writes a file under <c>input/</c> (<c>portal new</c>, <c>portal new catalog</c>,
/// <c>portal urls --record</c>): the way from the input folder to the file passes no symbolic link, and the file, if
/// it exists, is no link and has no second name (a hard link). Either could make the write land in a file outside
/// <c>input/</c>. The input folder itself may be a link: the user named it.
/// </summary>
internal static class InputWrite
{
    /// <exception cref="BuildConfigurationException">The file is outside the input folder or would be written through a link.</exception>
    public static void Check(string inputDirectory, string filePath)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputDirectory));
        var relative = Path.GetRelativePath(root, Path.GetFullPath(filePath));
        var display = $"{inputDirectory.Replace('\\', '/').TrimEnd('/')}/{relative.Replace('\\', '/')}";
        if (relative is "." or ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw new BuildConfigurationException($"{display} อยู่นอกโฟลเดอร์เนื้อหา {inputDirectory} จึงไม่เขียน",
                $"{display} is outside the content folder {inputDirectory}; it is not written");
        }

        var current = root;
        foreach (var part in relative.Split(Path.DirectorySeparatorChar))
        {
            current = Path.Join(current, part);
            var entry = new FileInfo(current);
            if (entry.LinkTarget is not null)
            {
                var link = $"{inputDirectory.Replace('\\', '/').TrimEnd('/')}/{Path.GetRelativePath(root, current).Replace('\\', '/')}";
                throw new BuildConfigurationException(
                    $"ไม่เขียน {display} เพราะ {link} เป็นลิงก์ (symbolic link) ซึ่งอาจพาไปเขียนไฟล์นอกโฟลเดอร์เนื้อหา ให้ใช้โฟลเดอร์จริง",
                    $"{display} is not written: {link} is a symbolic link, which could lead the write outside the content folder; use a real folder");
            }

            if (!entry.Exists && !Directory.Exists(current))
            {
                return;
            }
        }

        if (HardLinks.Count(current) > 1)
        {
            throw new BuildConfigurationException(
                $"ไม่เขียน {display} เพราะไฟล์นี้มีชื่ออื่นอีก (hard link) ซึ่งอาจเป็นไฟล์นอกโฟลเดอร์เนื้อหา ให้ลบแล้ววางสำเนาแทน",
                $"{display} is not written: it has another name (a hard link), which may be a file outside the content folder; delete it and put a copy there");
        }
    }
}
