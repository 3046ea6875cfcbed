using System.Diagnostics;
using System.Globalization;

namespace Portal.Content;

/// <summary>
/// When each file under <c>input/</c> was first and last committed, read with one <c>git log</c>, as
/// Hugo's GitInfo does. Dates are committer dates in Thailand (UTC+7), so the same commit always gives
/// the same dates. Without git, outside a repository, or for a file never committed, there are none.
/// </summary>
internal sealed class GitHistory
{
    private static readonly TimeSpan ThailandOffset = TimeSpan.FromHours(7);
    private readonly Dictionary<string, (DateOnly First, DateOnly Last)> _dates;

    private GitHistory(Dictionary<string, (DateOnly First, DateOnly Last)> dates, bool shallow)
    {
        _dates = dates;
        Shallow = shallow;
    }

    public static GitHistory None { get; } = new([], shallow: false);

    /// <summary>The clone lacks older commits, so a first-commit date may be too late.</summary>
    public bool Shallow { get; }

    /// <summary>The first and last commit dates of <c>input/&lt;relativePath&gt;</c>, if git knows the file.</summary>
    public (DateOnly First, DateOnly Last)? For(string relativePath) =>
        _dates.TryGetValue(relativePath, out var dates) ? dates : null;

    public static GitHistory Read(string inputDirectory)
    {
        var prefix = Git(inputDirectory, "rev-parse", "--show-prefix")?.Trim();
        if (prefix is null)
        {
            return None;
        }

        var log = Git(inputDirectory, "-c", "core.quotepath=off", "log", "--no-renames", "--format=@@%cI", "--name-only", "--", ".");
        if (log is null)
        {
            return None;
        }

        var dates = new Dictionary<string, (DateOnly First, DateOnly Last)>(StringComparer.Ordinal);
        DateOnly? commit = null;
        foreach (var line in log.Split('\n'))
        {
            if (line.StartsWith("@@", StringComparison.Ordinal))
            {
                commit = DateOnly.FromDateTime(DateTimeOffset.Parse(line[2..], CultureInfo.InvariantCulture).ToOffset(ThailandOffset).DateTime);
            }
            else if (commit is { } date && line.StartsWith(prefix, StringComparison.Ordinal) && line.Length > prefix.Length)
            {
                var path = line[prefix.Length..];

                // The log runs newest first: the first commit seen is the last change, the last one seen the first.
                dates[path] = dates.TryGetValue(path, out var seen) ? (date, seen.Last) : (date, date);
            }
        }

        return new GitHistory(dates, Git(inputDirectory, "rev-parse", "--is-shallow-repository")?.Trim() == "true");
    }

    /// <summary>The commit checked out, which a session compares to read the history again only after a commit or checkout; null outside a repository or before its first commit.</summary>
    public static string? Head(string inputDirectory) => Git(inputDirectory, "rev-parse", "HEAD")?.Trim();

    /// <summary>Runs git in <paramref name="directory"/>; null when git is missing or fails (not a repository).</summary>
    internal static string? Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            errors.GetAwaiter().GetResult();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
