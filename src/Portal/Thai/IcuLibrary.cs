using System.Runtime.InteropServices;

namespace Portal.Thai;

/// <summary>
/// The operating system's ICU common library, loaded once, with the word-break functions this project uses:
/// <c>libicuuc.so.NN</c> on Linux, <c>icu.dll</c> on Windows 10 (1903) and later, <c>libicucore.dylib</c> on macOS.
/// Linux builds of ICU suffix every export with their major version (<c>ubrk_open_72</c>), so the version is found
/// by probing: the library file first, then the export names with that suffix; the Windows and macOS system
/// libraries export plain names. ICU is what Chromium's <c>Intl.Segmenter</c> uses too, so the build and the
/// browser cut Thai words the same way; no NuGet package is needed.
/// </summary>
internal sealed unsafe class IcuLibrary
{
    /// <summary>ICU major versions to probe, newest first (Debian 12 ships 72, Ubuntu 24.04 ships 74).</summary>
    private const int NewestVersion = 90;
    private const int OldestVersion = 50;

    private static readonly Lazy<IcuLibrary> Shared = new(() => Load(SystemLibraries(CurrentSystem)));

    private static OSPlatform CurrentSystem =>
        OperatingSystem.IsWindows() ? OSPlatform.Windows : OperatingSystem.IsMacOS() ? OSPlatform.OSX : OSPlatform.Linux;

    private IcuLibrary(string libraryName, int version, nint handle)
    {
        LibraryName = libraryName;
        Version = version;
        Open = (delegate* unmanaged<int, byte*, char*, int, int*, nint>)Export(handle, "ubrk_open", version);
        SetText = (delegate* unmanaged<nint, char*, int, int*, void>)Export(handle, "ubrk_setText", version);
        First = (delegate* unmanaged<nint, int>)Export(handle, "ubrk_first", version);
        Next = (delegate* unmanaged<nint, int>)Export(handle, "ubrk_next", version);
        RuleStatus = (delegate* unmanaged<nint, int>)Export(handle, "ubrk_getRuleStatus", version);
        Close = (delegate* unmanaged<nint, void>)Export(handle, "ubrk_close", version);
    }

    /// <summary>The library file that was loaded, e.g. <c>libicuuc.so.72</c>.</summary>
    public string LibraryName { get; }

    /// <summary>The major version its exports carry, or 0 for a library with plain export names.</summary>
    public int Version { get; }

    /// <summary><c>ubrk_open(type, locale, text, textLength, status)</c>.</summary>
    public delegate* unmanaged<int, byte*, char*, int, int*, nint> Open { get; }

    /// <summary><c>ubrk_setText(iterator, text, textLength, status)</c>.</summary>
    public delegate* unmanaged<nint, char*, int, int*, void> SetText { get; }

    public delegate* unmanaged<nint, int> First { get; }

    public delegate* unmanaged<nint, int> Next { get; }

    public delegate* unmanaged<nint, int> RuleStatus { get; }

    public delegate* unmanaged<nint, void> Close { get; }

    /// <summary>The loaded library; throws <see cref="BuildConfigurationException"/> naming the files looked for when there is none.</summary>
    public static IcuLibrary Instance => Shared.Value;

    /// <summary>
    /// Where each desktop system keeps ICU, most likely first: the system library, then a separately installed
    /// ICU (Homebrew's <c>libicuuc.74.dylib</c>, ICU's own Windows build <c>icuuc74.dll</c>).
    /// </summary>
    internal static IReadOnlyList<IcuFileName> SystemLibraries(OSPlatform system) =>
        system == OSPlatform.Windows ? [IcuFileName.Plain("icu.dll"), IcuFileName.Plain("icuuc.dll"), IcuFileName.Versioned("icuuc", ".dll")]
        : system == OSPlatform.OSX ? [IcuFileName.Plain("libicucore.dylib"), IcuFileName.Versioned("libicuuc.", ".dylib"), IcuFileName.Plain("libicuuc.dylib")]
        : [IcuFileName.Versioned("libicuuc.so.", ""), IcuFileName.Plain("libicuuc.so")];

    /// <summary>
    /// Loads the first of <paramref name="candidates"/> that exports <c>ubrk_open</c>: for a versioned file name the
    /// newest NN whose file exports <c>ubrk_open_NN</c>; for a plain one <c>ubrk_open_NN</c> for any NN, or <c>ubrk_open</c>.
    /// </summary>
    internal static IcuLibrary Load(IReadOnlyList<IcuFileName> candidates)
    {
        foreach (var candidate in candidates)
        {
            var library = candidate.IsVersioned ? LoadVersionedFile(candidate) : LoadPlainFile(candidate.Name(0));
            if (library is not null)
            {
                return library;
            }
        }

        var lookedFor = string.Join(", ", candidates.Select(c => c.Describe(OldestVersion, NewestVersion)));
        throw new BuildConfigurationException(
            $"ไม่พบไลบรารี ICU ({lookedFor}) ที่ใช้ตัดคำภาษาไทยสำหรับดัชนีค้นหา ให้ติดตั้ง ICU ของระบบ (Debian/Ubuntu: apt-get install libicu72 หรือรุ่นที่มี; Windows 10 รุ่น 1903 ขึ้นไปและ macOS มีอยู่แล้ว)",
            $"the ICU library ({lookedFor}), which segments Thai words for the search index, was not found; install the system's ICU (Debian/Ubuntu: apt-get install libicu72 or the version it has; Windows 10 1903 and later and macOS include it)");
    }

    private static IcuLibrary? LoadVersionedFile(IcuFileName candidate)
    {
        for (var version = NewestVersion; version >= OldestVersion; version--)
        {
            var name = candidate.Name(version);
            if (NativeLibrary.TryLoad(name, out var handle))
            {
                if (NativeLibrary.TryGetExport(handle, $"ubrk_open_{version}", out _))
                {
                    return new IcuLibrary(name, version, handle);
                }

                NativeLibrary.Free(handle);
            }
        }

        return null;
    }

    /// <summary>A file without a version in its name: the Windows and macOS system libraries, or a -dev package's link.</summary>
    private static IcuLibrary? LoadPlainFile(string name)
    {
        if (!NativeLibrary.TryLoad(name, out var handle))
        {
            return null;
        }

        if (NativeLibrary.TryGetExport(handle, "ubrk_open", out _))
        {
            return new IcuLibrary(name, 0, handle);
        }

        for (var version = NewestVersion; version >= OldestVersion; version--)
        {
            if (NativeLibrary.TryGetExport(handle, $"ubrk_open_{version}", out _))
            {
                return new IcuLibrary(name, version, handle);
            }
        }

        NativeLibrary.Free(handle);
        return null;
    }

    private static nint Export(nint handle, string name, int version)
    {
        var symbol = version == 0 ? name : $"{name}_{version}";
        return NativeLibrary.TryGetExport(handle, symbol, out var address)
            ? address
            : throw new BuildConfigurationException(
                $"ไลบรารี ICU ไม่มีฟังก์ชัน {symbol}", $"the ICU library has no function {symbol}");
    }
}

/// <summary>An ICU library file name to try: plain (<c>icu.dll</c>) or with the major version between a prefix and a suffix (<c>libicuuc.so.72</c>).</summary>
internal sealed record IcuFileName(string Prefix, string Suffix, bool IsVersioned)
{
    public static IcuFileName Plain(string name) => new(name, "", IsVersioned: false);

    public static IcuFileName Versioned(string prefix, string suffix) => new(prefix, suffix, IsVersioned: true);

    public string Name(int version) => IsVersioned ? $"{Prefix}{version}{Suffix}" : Prefix;

    public string Describe(int oldest, int newest) => IsVersioned ? $"{Name(oldest)} to {Name(newest)}" : Prefix;
}
