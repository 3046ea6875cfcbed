using System.Text;
using System.Text.Json;
using Portal.PdfWorker;

// One request a line on standard input (a file's path as a JSON string), one answer a line on standard
// output (a PdfReading as JSON), until standard input ends. Out of memory or a stack overflow ends the
// process; the parent counts that against the file it asked for.
var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
while (await input.ReadLineAsync() is { } line)
{
    var path = JsonSerializer.Deserialize<string>(line) ?? "";
    await output.WriteLineAsync(JsonSerializer.Serialize(PdfPages.Read(path)));
}
