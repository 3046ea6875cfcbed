namespace Portal;

/// <summary>
/// An exception the build did not expect (a bug, not a content mistake) escaped while one file was being
/// processed. It names that file, so the command can print one line in Thai and English that says which
/// file to look at and asks for a bug report (exit code 3), keeping the stack trace for <c>--verbose</c>.
/// </summary>
public sealed class UnexpectedBuildException(string displayPath, Exception inner)
    : Exception($"unexpected error while processing {displayPath}: {inner.GetType().Name}: {inner.Message}", inner)
{
    /// <summary>The file being processed, as shown to staff (e.g. <c>input/ita/results.md</c>).</summary>
    public string DisplayPath { get; } = displayPath;

    /// <summary>The one line to print: Thai first, English beside it.</summary>
    public string ThaiAndEnglishLine =>
        $"{DisplayPath}: ข้อผิดพลาดที่ไม่คาดคิดระหว่างประมวลผลไฟล์นี้ ({InnerException!.GetType().Name}) กรุณาแจ้งปัญหาพร้อมไฟล์นี้ให้ผู้ดูแลระบบ " +
        $"(unexpected error while processing this file; please report a bug with this file)";

    /// <summary>Runs <paramref name="work"/> for one file; anything unexpected that escapes comes out as an <see cref="UnexpectedBuildException"/> naming it.</summary>
    public static T Guard<T>(string displayPath, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not (UnexpectedBuildException or OperationCanceledException))
        {
            throw new UnexpectedBuildException(displayPath, e);
        }
    }

    /// <summary>
    /// The <see cref="UnexpectedBuildException"/> inside <paramref name="exception"/>, if any. Stages run in
    /// parallel, so it usually arrives wrapped in an <see cref="AggregateException"/>; several files may have
    /// failed, and the first by path is named, so the same input always prints the same line.
    /// </summary>
    public static UnexpectedBuildException? Find(Exception exception) => exception switch
    {
        UnexpectedBuildException unexpected => unexpected,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions
            .Select(Find)
            .OfType<UnexpectedBuildException>()
            .OrderBy(e => e.DisplayPath, StringComparer.Ordinal)
            .FirstOrDefault(),
        _ => null,
    };
}
