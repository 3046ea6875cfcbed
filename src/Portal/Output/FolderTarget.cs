using Portal.Thai;

namespace Portal.Output;

/// <summary>The output folder of <c>portal build</c>, replaced as a whole only when every file is written (<see cref="SiteWriter"/>).</summary>
public sealed class FolderTarget(string outputDirectory) : IBuildTarget
{
    public string Directory => outputDirectory;

    public string Name => outputDirectory;

    /// <summary>Takes the folder for one build (<see cref="OutputFolder.Reserve"/>): the lock, then the check that it may be replaced.</summary>
    public IDisposable Reserve()
    {
        try
        {
            return OutputFolder.Reserve(outputDirectory, outputDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(e);
        }
    }

    /// <summary>A disk that is full or a folder that may not be written is the machine's problem, not the content's: it names the output folder and keeps the previous site.</summary>
    public void Write(IReadOnlyList<OutputFile> files, Action<int>? written) => Guarded(() =>
    {
        SiteWriter.Write(outputDirectory, files, written);
        return true;
    });

    /// <summary>
    /// A write that starts before the build ends: pages go to the staging folder as they are rendered (<see cref="Staged.Add"/>), so
    /// the build need not hold them all, and <see cref="IBuildTarget.Write"/> adds the rest and swaps the folder in. Disposed
    /// before that (a build with errors), it leaves the output folder as it was.
    /// </summary>
    internal Staged Stage() => Guarded(() => new Staged(this, SiteWriter.Stage(outputDirectory)));

    internal sealed class Staged(FolderTarget folder, SiteWriter.StagedSite site) : IBuildTarget, IDisposable
    {
        public string Name => folder.Name;

        /// <summary>Writes one file now (from any thread); returns where it is until the site is written.</summary>
        public string Add(OutputFile file) => folder.Guarded(() => site.Add(file));

        /// <summary>A file in the staging folder for the pages' search text until the site is written (<see cref="PackedText.MovedTo"/>).</summary>
        public PackedTextFile Texts() => folder.Guarded(site.Texts);

        public void Write(IReadOnlyList<OutputFile> files, Action<int>? written) => folder.Guarded(() =>
        {
            site.Commit(files, written);
            return true;
        });

        public void Dispose() => site.Dispose();
    }

    private T Guarded<T>(Func<T> write)
    {
        try
        {
            return write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(e);
        }
    }

    private BuildConfigurationException CannotWrite(Exception e) => new(
        $"เขียนเว็บไซต์ลงโฟลเดอร์ {outputDirectory} ไม่สำเร็จ: {e.Message} เว็บไซต์เดิมยังอยู่ ตรวจสอบพื้นที่ว่างและสิทธิ์เขียนโฟลเดอร์นี้",
        $"could not write the site to {outputDirectory}: {e.Message}; the previous site is kept. Check the free space and the permission to write there",
        e);
}
