namespace Portal;

/// <summary>The stages of a build, in the order they run (docs/architecture.md, "The pipeline").</summary>
public enum BuildStage
{
    Load,
    Model,
    Validate,
    Render,
    Write,
}
