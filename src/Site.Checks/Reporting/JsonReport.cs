using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Site.Checks.Reporting;

/// <summary>Writes exactly the keys the spec names, nothing else (the source file stays out).</summary>
internal static class JsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // é stays é: the output is UTF-8, not ASCII with \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(IReadOnlyList<Finding> findings, TextWriter writer)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (Finding finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("page", finding.Page);
                json.WriteNumber("line", finding.Line);
                json.WriteNumber("column", finding.Column);
                json.WriteString("element", finding.Element);
                json.WriteString("url", finding.Url);
                json.WriteString("kind", finding.Kind.ToKebabCase());
                json.WriteString("message", finding.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
