using System.Security.Cryptography;
using Portal.Content;

namespace Portal.Rendering;

/// <summary>
/// The theme's static assets with content-hashed names (<c>css/site.css</c> is published as
/// <c>/assets/css/site.3f9a1c2e0b.css</c>), so browsers may cache them forever and still see every change.
/// </summary>
public sealed class AssetManifest
{
    public const string AssetsFolder = "assets";

    private readonly Dictionary<string, string> _urls;

    private AssetManifest(IReadOnlyList<Asset> assets)
    {
        Assets = assets;
        _urls = assets.ToDictionary(a => a.LogicalPath, a => "/" + a.OutputPath, StringComparer.Ordinal);
    }

    public sealed record Asset(string LogicalPath, string SourcePath, string OutputPath);

    public IReadOnlyList<Asset> Assets { get; }

    /// <param name="themeFiles">Every file of the theme, as walked (<see cref="InputTree"/>).</param>
    public static AssetManifest Load(IReadOnlyList<InputFile> themeFiles)
    {
        const string prefix = AssetsFolder + "/";
        var assets = themeFiles
            .Where(f => f.RelativePath.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .Select(f =>
            {
                var logical = f.RelativePath[prefix.Length..];
                return new Asset(logical, f.RealPath, $"{AssetsFolder}/{Fingerprinted(logical, File.ReadAllBytes(f.RealPath))}");
            })
            .ToList();
        return new AssetManifest(assets);
    }

    public string? UrlOf(string logicalPath) => _urls.GetValueOrDefault(logicalPath.TrimStart('/'));

    private static string Fingerprinted(string logicalPath, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        var extension = Path.GetExtension(logicalPath);
        return $"{logicalPath[..^extension.Length]}.{hash}{extension}";
    }
}
