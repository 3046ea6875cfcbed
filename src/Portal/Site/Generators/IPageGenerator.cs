namespace Portal.Site.Generators;

/// <summary>
/// Adds pages at the model stage, after the content pages are known. A generated page is rendered
/// through the theme's layouts like any other. A feature registers it (<see cref="Extensions.FeatureSetup.AddGenerator"/>).
/// </summary>
public interface IPageGenerator
{
    IEnumerable<Page> Generate(GeneratorContext context);

    /// <summary>Generators (by type) whose pages this one must see: it runs after them, whatever the order of registration.</summary>
    IReadOnlyList<Type> RunsAfter => [];

    /// <summary>Whether it is given the drafts this build leaves out (<see cref="GeneratorContext.Drafts"/>).</summary>
    bool SeesDrafts => false;
}
