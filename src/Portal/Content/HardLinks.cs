using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Portal.Content;

/// <summary>
/// How many names (hard links) a file has. A file of <c>input/</c> with a second name may be a file outside it
/// (<c>ln /etc/shadow input/files/a.pdf</c>): the same data under another name, which no resolving of paths can tell
/// apart. .NET has no API for the count, so it is asked of the system: <c>statx(2)</c> on Linux, whose buffer has the
/// same layout on every architecture (unlike <c>struct stat</c>), and <c>GetFileInformationByHandle</c> on Windows.
/// Elsewhere (macOS and the BSDs, whose <c>struct stat</c> differs by architecture) the count is not known.
/// </summary>
internal static partial class HardLinks
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const int DoNotFollowLinks = 0x100; // AT_SYMLINK_NOFOLLOW
    private const uint LinkCountField = 0x4; // STATX_NLINK

    /// <summary>The number of names of the file at <paramref name="path"/>, or null where the system cannot tell.</summary>
    public static uint? Count(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            return Statx(CurrentDirectory, path, DoNotFollowLinks, LinkCountField, out var status) == 0 && (status.Mask & LinkCountField) != 0 ? status.LinkCount : null;
        }

        if (OperatingSystem.IsWindows())
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return GetFileInformationByHandle(handle, out var information) ? information.NumberOfLinks : null;
        }

        return null;
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool GetFileInformationByHandle(SafeFileHandle file, out FileInformation information);

    /// <summary><c>struct statx</c> (linux/stat.h): 256 bytes; only the fields read here are named.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(0)]
        public uint Mask;

        [FieldOffset(16)]
        public uint LinkCount;
    }

    /// <summary><c>BY_HANDLE_FILE_INFORMATION</c> (fileapi.h): 52 bytes of 4-byte fields; only the link count is named.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 52)]
    private struct FileInformation
    {
        [FieldOffset(40)]
        public uint NumberOfLinks;
    }
}
