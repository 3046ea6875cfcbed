using Portal.Diagnostics;

namespace Portal.Checks;

/// <summary>
/// A check on the finished site (the rendered pages and the paths of every output file), run by
/// <c>portal check</c> after everything the build itself validates. A feature registers one (<see cref="Extensions.FeatureSetup.AddCheck"/>).
/// </summary>
public interface IOutputCheck
{
    IEnumerable<Diagnostic> Check(CheckContext context);
}
