using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Portal.Rendering;

/// <summary>
/// Serves the theme's partials from memory to Fluid's <c>{% include %}</c>. Read once at start-up, the
/// files cannot change half-way through a build, and Fluid's template cache sees stable entries.
/// </summary>
internal sealed class MemoryFileProvider(IReadOnlyDictionary<string, string> files) : IFileProvider
{
    private static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    /// <summary>
    /// Each path's answer, made once: Fluid asks at every <c>{% include %}</c> of every page, and encoding the partial
    /// again each time was a twentieth of what a build allocated.
    /// </summary>
    private readonly ConcurrentDictionary<string, IFileInfo> _answers = new(StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath) => _answers.GetOrAdd(subpath, path =>
        files.TryGetValue(path.TrimStart('/'), out var text) ? new MemoryFileInfo(path, text) : new NotFoundFileInfo(path));

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class MemoryFileInfo(string path, string text) : IFileInfo
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);

        public bool Exists => true;

        public long Length => _bytes.Length;

        public string? PhysicalPath => null;

        public string Name => path;

        public DateTimeOffset LastModified => Epoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }
}
