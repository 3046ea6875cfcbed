using System.Text;

namespace Portal;

/// <summary>
/// A StringBuilder a thread reuses for work that makes many strings in a row (a page's HTML, its plain text, a heading's
/// words): a builder of its own for each grew by copying, block after block. One that an unusually large input made
/// large is let go rather than kept for the rest of the build.
/// </summary>
internal static class ReusedStringBuilder
{
    /// <summary>The builder in <paramref name="kept"/>, cleared; a new one (kept there instead) when there is none or it has grown past <paramref name="keptCapacity"/> characters.</summary>
    /// <param name="kept">The caller's <see cref="ThreadStaticAttribute"/> field.</param>
    public static StringBuilder Take(ref StringBuilder? kept, int keptCapacity) =>
        kept is { } builder && builder.Capacity <= keptCapacity ? builder.Clear() : kept = new StringBuilder();
}
