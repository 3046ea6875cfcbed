namespace Portal;

/// <summary>How far a stage has got: <see cref="Done"/> of <see cref="Total"/> items.</summary>
public readonly record struct BuildProgress(BuildStage Stage, int Done, int Total);
