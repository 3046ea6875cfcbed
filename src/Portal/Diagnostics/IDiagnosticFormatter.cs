namespace Portal.Diagnostics;

/// <summary>Prints diagnostics for one reader: people (text), pull requests (GitHub annotations), scripts (JSON).</summary>
public interface IDiagnosticFormatter
{
    /// <summary>One diagnostic as one line.</summary>
    string Line(Diagnostic diagnostic);

    /// <summary>All of them, in the order given; a line each unless the format is a whole document.</summary>
    void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(Line(diagnostic));
        }
    }
}
