using System.Formats.Tar;
using Portal.Diagnostics;

namespace Portal.Content;

/// <summary>
/// Walks <c>input/</c> (or <c>theme/</c>) and lists the regular files that really live inside it. Every symbolic
/// link is resolved to its real path: one that leads outside, points at nothing or loops is reported at the
/// link and left out, and so is anything that is not a regular file or folder (a named pipe would make
/// reading it wait forever), and a file with a second name (a hard link), which may be a file outside.
/// Names starting with a dot are hidden files and folders: never read, never published.
/// </summary>
internal static class InputTree
{
    public static IReadOnlyList<InputFile> Walk(ContentPaths paths, DiagnosticBag diagnostics)
    {
        var root = RealPath.Resolve(paths.Root).Path;
        var files = new List<InputFile>();
        var walked = new HashSet<string>(StringComparer.Ordinal) { root };
        var folders = new Queue<(string Relative, string Real)>();
        folders.Enqueue(("", root));

        // Linked folders wait until every real folder is walked, so a link to a folder that is already part
        // of input/ (or to one of its own parents) is the one reported, whichever name sorts first.
        var linkedFolders = new Queue<(string Relative, string Real)>();
        while (folders.Count > 0 || linkedFolders.Count > 0)
        {
            var linked = folders.Count == 0;
            var (relativeFolder, realFolder) = linked ? linkedFolders.Dequeue() : folders.Dequeue();
            if (linked && !walked.Add(realFolder))
            {
                diagnostics.Add(Error(DiagnosticCode.SymbolicLinkLoop, paths, relativeFolder,
                    $"โฟลเดอร์นี้เป็นลิงก์ (symbolic link) ที่ชี้กลับไปยังโฟลเดอร์ที่อยู่ใน {paths.DisplayRoot}/ แล้ว จึงวนซ้ำหรือเผยแพร่ซ้ำ ให้ลบลิงก์นี้",
                    $"this folder is a symbolic link to a folder that is already in {paths.DisplayRoot}/ (a loop, or the same files twice); remove the link"));
                continue;
            }

            foreach (var entry in Entries(realFolder, paths, relativeFolder, diagnostics))
            {
                var relative = relativeFolder.Length == 0 ? entry.Name : $"{relativeFolder}/{entry.Name}";
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                if (!ContentCharacters.IsAllowed(entry.Name) || entry.Name.AsSpan().ContainsAnyInRange('\0', '\u001F'))
                {
                    diagnostics.Add(Error(DiagnosticCode.ForbiddenCharacter, paths, relative,
                        "ชื่อไฟล์หรือโฟลเดอร์นี้มีอักขระควบคุมหรือขึ้นบรรทัดใหม่ ให้เปลี่ยนชื่อ",
                        "this file or folder name holds a control character or a line break; rename it"));
                    continue;
                }

                if (Target(entry, root, paths, relative, diagnostics) is not { } target)
                {
                    continue;
                }

                switch (target)
                {
                    case DirectoryInfo folder when !IsLink(entry):
                        walked.Add(folder.FullName);
                        folders.Enqueue((relative, folder.FullName));
                        break;
                    case DirectoryInfo folder:
                        linkedFolders.Enqueue((relative, folder.FullName));
                        break;
                    case FileInfo file when IsRegularFile(file) && HardLinks.Count(file.FullName) is > 1 and var names:
                        diagnostics.Add(Error(DiagnosticCode.PathOutsideInput, paths, relative,
                            $"ไฟล์นี้มีชื่ออื่นอีก {names - 1} ชื่อ (hard link) ซึ่งอาจเป็นไฟล์นอก {paths.DisplayRoot}/ จึงไม่นำมาอ่านหรือเผยแพร่ ให้ลบแล้ววางสำเนาของไฟล์แทน",
                            $"this file has {names - 1} other name(s) (a hard link), which may be a file outside {paths.DisplayRoot}/; it is not read or published. Delete it and put a copy of the file here"));
                        break;
                    case FileInfo file when IsRegularFile(file):
                        files.Add(new InputFile(relative, file.FullName, file.Length, file.LastWriteTimeUtc));
                        break;
                    default:
                        diagnostics.Add(Error(DiagnosticCode.SpecialFile, paths, relative,
                            $"นี่ไม่ใช่ไฟล์ธรรมดา (เช่น named pipe, socket หรืออุปกรณ์) จึงอ่านหรือเผยแพร่ไม่ได้ ให้ลบออกจาก {paths.DisplayRoot}/",
                            $"this is not a regular file (a named pipe, socket or device) and cannot be read or published; remove it from {paths.DisplayRoot}/"));
                        break;
                }
            }
        }

        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    private static IEnumerable<FileSystemInfo> Entries(string realFolder, ContentPaths paths, string relativeFolder, DiagnosticBag diagnostics)
    {
        try
        {
            return [.. new DirectoryInfo(realFolder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Error(DiagnosticCode.UnreadableFile, paths, relativeFolder.Length == 0 ? "." : relativeFolder,
                $"อ่านโฟลเดอร์นี้ไม่ได้: {e.Message}", $"cannot read this folder: {e.Message}"));
            return [];
        }
    }

    /// <summary>The entry itself, or for a symbolic link the real file or folder it leads to when that is inside input/.</summary>
    private static FileSystemInfo? Target(FileSystemInfo entry, string root, ContentPaths paths, string relative, DiagnosticBag diagnostics)
    {
        if (!IsLink(entry))
        {
            return entry;
        }

        var resolved = RealPath.Resolve(entry.FullName);
        switch (resolved.Outcome)
        {
            case RealPath.Outcome.Missing:
                diagnostics.Add(Error(DiagnosticCode.BrokenSymbolicLink, paths, relative,
                    $"ไฟล์นี้เป็นลิงก์ (symbolic link) ที่ชี้ไปยัง '{entry.LinkTarget}' ซึ่งไม่มีอยู่ ให้ลบลิงก์หรือวางไฟล์จริงแทน",
                    $"this is a symbolic link to '{entry.LinkTarget}', which does not exist; remove the link or put the real file here"));
                return null;
            case RealPath.Outcome.Loop:
                diagnostics.Add(Error(DiagnosticCode.SymbolicLinkLoop, paths, relative,
                    "ลิงก์ (symbolic link) นี้ชี้วนกลับมาที่ตัวเอง ให้ลบลิงก์นี้",
                    "this symbolic link leads back to itself (a loop); remove the link"));
                return null;
        }

        if (!RealPath.IsInside(resolved.Path, root))
        {
            diagnostics.Add(Error(DiagnosticCode.PathOutsideInput, paths, relative,
                $"ไฟล์นี้เป็นลิงก์ (symbolic link) ที่ชี้ออกนอกโฟลเดอร์ {paths.DisplayRoot}/ จึงไม่นำมาเผยแพร่",
                $"this is a symbolic link that leads outside {paths.DisplayRoot}/; it is not read or published"));
            return null;
        }

        return Directory.Exists(resolved.Path) ? new DirectoryInfo(resolved.Path) : new FileInfo(resolved.Path);
    }

    /// <summary>
    /// A symbolic link. The attributes come with the status the walk reads anyway; asking every entry for its
    /// link target would cost one more system call each, and most entries are no links.
    /// </summary>
    private static bool IsLink(FileSystemInfo entry) => entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null;

    /// <summary>
    /// Pipes, sockets and devices report a size of 0, so only an empty entry needs a closer look; it is
    /// never opened (opening a named pipe waits for a writer). The tar writer reads the entry's type
    /// without opening anything but a regular file, which at size 0 costs nothing.
    /// </summary>
    private static bool IsRegularFile(FileInfo file)
    {
        if (file.Length > 0)
        {
            return true;
        }

        try
        {
            using var archive = new MemoryStream();
            using (var writer = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true))
            {
                writer.WriteEntry(file.FullName, "entry");
            }

            archive.Position = 0;
            using var reader = new TarReader(archive);
            return reader.GetNextEntry()?.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException or ArgumentException)
        {
            // A socket has no tar entry type: whatever the writer cannot describe is not a regular file.
            return false;
        }
    }

    private static Diagnostic Error(DiagnosticCode code, ContentPaths paths, string relative, string thai, string english) =>
        Diagnostic.Error(code, new SourceLocation(paths.Display(relative)), thai, english);
}
