using System.Runtime.InteropServices;

namespace Portal.Search;

/// <summary>
/// The system ICU common library (<c>libicuuc.so.NN</c>), loaded once, with the word-break functions
/// this project uses. ICU suffixes every export with its major version (<c>ubrk_open_72</c>), so the
/// version is found by probing: the library file first, then the export names with that suffix.
/// ICU is what Chromium's <c>Intl.Segmenter</c> uses too, so the build and the browser cut Thai words
/// the same way; no NuGet package is needed.
/// </summary>
internal sealed unsafe class IcuLibrary
{
    /// <summary>ICU major versions to probe, newest first (Debian 12 ships 72, Ubuntu 24.04 ships 74).</summary>
    private const int NewestVersion = 90;
    private const int OldestVersion = 50;
    private const string CommonLibrary = "libicuuc.so";

    private static readonly Lazy<IcuLibrary> Shared = new(() => Load(CommonLibrary));

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

    /// <summary>Loads <c>&lt;library&gt;.NN</c> for the newest NN that exports <c>ubrk_open_NN</c>, else the unversioned file.</summary>
    internal static IcuLibrary Load(string library)
    {
        for (var version = NewestVersion; version >= OldestVersion; version--)
        {
            var name = $"{library}.{version}";
            if (NativeLibrary.TryLoad(name, out var handle))
            {
                if (NativeLibrary.TryGetExport(handle, $"ubrk_open_{version}", out _))
                {
                    return new IcuLibrary(name, version, handle);
                }

                NativeLibrary.Free(handle);
            }
        }

        // An unversioned library (a -dev package, or a build of ICU without renamed symbols).
        if (NativeLibrary.TryLoad(library, out var unversioned))
        {
            for (var version = NewestVersion; version >= OldestVersion; version--)
            {
                if (NativeLibrary.TryGetExport(unversioned, $"ubrk_open_{version}", out _))
                {
                    return new IcuLibrary(library, version, unversioned);
                }
            }

            if (NativeLibrary.TryGetExport(unversioned, "ubrk_open", out _))
            {
                return new IcuLibrary(library, 0, unversioned);
            }
        }

        throw new BuildConfigurationException(
            $"ไม่พบไลบรารี ICU ({library}.{OldestVersion} ถึง {library}.{NewestVersion} หรือ {library}) ที่ใช้ตัดคำภาษาไทยสำหรับดัชนีค้นหา ให้ติดตั้งแพ็กเกจ libicu (เช่น apt-get install libicu72)",
            $"the ICU library ({library}.{OldestVersion} to {library}.{NewestVersion}, or {library}), which segments Thai words for the search index, was not found; install the libicu package (e.g. apt-get install libicu72)");
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
