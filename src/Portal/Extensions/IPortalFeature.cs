namespace Portal.Extensions;

/// <summary>
/// One feature of the site, in the manner of a Markdig extension: <see cref="Setup"/> registers, in one call, every part
/// it adds (page kinds, generators, outputs, validators, template filters and values, front-matter keys, output
/// checks, commands). A feature lives in a folder of its own under <c>src/Portal/Features/</c> (or outside the library)
/// and is listed once in the registration list beside them (<c>Features/</c>), or added with <see cref="BuildParts.With(IPortalFeature[])"/>.
/// </summary>
public interface IPortalFeature
{
    /// <summary>Features whose parts this one needs (their kinds, their front-matter data): they are set up first.</summary>
    IReadOnlyList<Type> DependsOn => [];

    void Setup(FeatureSetup setup);
}
