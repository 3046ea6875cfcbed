using System.Text;
using System.Xml;

namespace Portal.Output;

/// <summary>Writes XML documents the same way every time: UTF-8 without BOM, indented, LF line ends.</summary>
internal static class XmlOutput
{
    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
