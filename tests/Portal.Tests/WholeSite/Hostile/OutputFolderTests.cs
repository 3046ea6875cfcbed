using Portal.Features;
using Portal.Output;

namespace Portal.Tests.WholeSite.Hostile;

/// <summary>
/// Classes 5 and 12 of issue 18: the build replaces only a folder it made (or a new or empty one), compares folders
/// where their symbolic links really lead, and lets one build at a time write an output folder. Every refusal is exit
/// code 2 with a message that names the folder, and leaves every folder as it was.
/// </summary>
[Collection(CliRunner.Collection)]
public sealed class OutputFolderTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void Input_reached_through_a_symbolic_link_is_not_deleted_by_an_output_around_it_class_5_output_folder()
    {
        using var site = TempSite.Create("basic");
        var real = Path.Combine(site.Root, "real");
        Directory.CreateDirectory(real);
        Directory.Move(site.InputDirectory, Path.Combine(real, "input"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "link"), real);
        var before = TempSite.Snapshot(real);

        var run = CliRunner.Run(site.Root, "build", "--input", "link/input", "--theme", site.ThemeDirectory, "--output", "real");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("must not overlap link/input", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, TempSite.Snapshot(real));
    }

    [Fact]
    public void Output_inside_the_input_through_a_symbolic_link_of_its_parent_is_refused_class_5_output_folder()
    {
        using var site = TempSite.Create("basic");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content"), site.InputDirectory);

        var run = CliRunner.Run(site.Root, "build", "--input", "input", "--theme", site.ThemeDirectory, "--output", "content/_site");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.False(Directory.Exists(Path.Combine(site.InputDirectory, "_site")));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void An_empty_output_folder_is_a_usage_error_not_a_failure_of_the_program_class_5_output_folder(string output)
    {
        using var site = TempSite.Create("basic");
        var before = TempSite.Snapshot(site.Root);

        var run = CliRunner.Run(site.Root, "build", "--input", "input", "--theme", site.ThemeDirectory, "--output", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("no output folder was given (--output is empty)", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, TempSite.Snapshot(site.Root));
    }

    [Theory]
    [InlineData("src")]
    [InlineData(".git")]
    [InlineData("home/staff")]
    public void An_existing_folder_that_no_build_made_is_kept_and_named_class_5_output_folder(string folder)
    {
        using var site = TempSite.Create("basic");
        var target = Path.Combine(site.Root, folder);
        Directory.CreateDirectory(Path.Combine(target, "nested"));
        File.WriteAllText(Path.Combine(target, "Program.cs"), "class Program {}");
        File.WriteAllText(Path.Combine(target, "nested", "config"), "[core]");
        var before = TempSite.Snapshot(target);

        var run = CliRunner.Run(site.Root, "build", "--input", "input", "--theme", site.ThemeDirectory, "--output", folder);

        Assert.True(run.ExitCode == 2, run.ToString());
        var message = Assert.Single(run.ErrorLines);
        Assert.Contains($"the folder {folder} already holds files and was not made by portal build", message, StringComparison.Ordinal);
        Assert.Contains($"โฟลเดอร์ {folder}", message, StringComparison.Ordinal);
        Assert.Equal(before, TempSite.Snapshot(target));
    }

    [Fact]
    public void An_output_folder_that_is_a_symbolic_link_is_refused_and_its_target_kept_class_5_output_folder()
    {
        using var site = TempSite.Create("basic");
        var elsewhere = Path.Combine(site.Root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, OutputFolder.MarkerName), "");
        File.WriteAllText(Path.Combine(elsewhere, "keep.txt"), "ของเดิม");
        Directory.CreateSymbolicLink(site.OutputDirectory, elsewhere);

        var run = CliRunner.Run(site.Root, "build", "--input", "input", "--theme", site.ThemeDirectory, "--output", "_site");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("the output folder _site is a symbolic link", run.StandardError, StringComparison.Ordinal);
        Assert.Equal("ของเดิม", File.ReadAllText(Path.Combine(elsewhere, "keep.txt")));
    }

    [Fact]
    public void A_build_leaves_the_marker_and_replaces_a_new_an_empty_or_its_own_folder_class_5_output_folder()
    {
        using var site = TempSite.Create("basic");
        Directory.CreateDirectory(site.OutputDirectory);

        Assert.True(site.Build().Result.Succeeded);
        Assert.Equal(OutputFolder.MarkerContent, File.ReadAllBytes(Path.Combine(site.OutputDirectory, OutputFolder.MarkerName)));
        File.WriteAllText(Path.Combine(site.OutputDirectory, "stale.html"), "เก่า");

        Assert.True(site.Build().Result.Succeeded);
        Assert.False(File.Exists(Path.Combine(site.OutputDirectory, "stale.html")));
        Assert.True(site.Build(outputDirectory: Path.Combine(site.Root, "new", "folder")).Result.Succeeded);
    }

    [Fact]
    public void A_site_built_before_markers_existed_is_replaced_and_gets_the_marker_class_5_output_folder()
    {
        using var site = TempSite.Create("basic");
        Assert.True(site.Build().Result.Succeeded);
        File.Delete(Path.Combine(site.OutputDirectory, OutputFolder.MarkerName));

        var run = CliRunner.Run(site.Root, "build", "--input", "input", "--theme", site.ThemeDirectory, "--output", "_site");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, OutputFolder.MarkerName)));
    }

    [Fact]
    public async Task A_second_build_into_the_same_folder_gets_the_lock_message_and_the_first_succeeds_class_12_concurrent_builds()
    {
        using var site = TempSite.Create("basic");
        Assert.True(site.Build().Result.Succeeded);
        var previous = TempSite.Snapshot(site.OutputDirectory);
        using var writing = new ManualResetEventSlim();
        using var secondDone = new ManualResetEventSlim();
        var first = Task.Run(() => new BuildSession(site.Options(), PortalFeatures.Parts).Build(new FolderTarget(site.OutputDirectory), new HoldAtWrite(writing, secondDone)));
        Assert.True(writing.Wait(Patience), "the first build never reached its write stage");

        CliRunner.Result second;
        try
        {
            second = CliRunner.Run(site.Root, "build", "--input", site.InputDirectory, "--theme", site.ThemeDirectory, "--output", "_site");
            Assert.Equal(previous, TempSite.Snapshot(site.OutputDirectory));
        }
        finally
        {
            secondDone.Set();
        }

        var firstResult = await first.WaitAsync(Patience);
        Assert.True(second.ExitCode == 2, second.ToString());
        Assert.Contains("another build is writing to _site", second.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("free space", second.StandardError, StringComparison.Ordinal);
        Assert.True(firstResult.Succeeded, TempSite.Describe(firstResult.Diagnostics));
        Assert.Equal(previous, TempSite.Snapshot(site.OutputDirectory));
        Assert.True(CliRunner.Run(site.Root, "build", "--input", "input", "--theme", site.ThemeDirectory, "--output", "_site").ExitCode == 0,
            "the lock outlived the first build");
    }

    /// <summary>Holds a build when it reaches its write stage (holding the output folder) until the other build has run.</summary>
    private sealed class HoldAtWrite(ManualResetEventSlim writing, ManualResetEventSlim release) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value)
        {
            if (value is { Stage: BuildStage.Write, Done: 0 } && !writing.IsSet)
            {
                writing.Set();
                release.Wait(Patience);
            }
        }
    }
}
