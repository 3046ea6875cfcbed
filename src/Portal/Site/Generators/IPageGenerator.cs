namespace Portal.Site.Generators;

/// <summary>
/// Adds pages at the model stage, after the content pages are known. A generated page is rendered
/// through the theme's layouts like any other. Register a generator in <see cref="BuildParts"/>.
/// </summary>
public interface IPageGenerator
{
    IEnumerable<Page> Generate(GeneratorContext context);
}
