using System.Text;

using Site.Core.Diagnostics;

namespace Site.Core.Files;

/// <summary>Decodes a source file as strict UTF-8 (an invalid byte is an error at its line and column), accepting a byte-order mark and CRLF line endings.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="displayPath">The path named in diagnostics (<c>articles/…</c>, <c>theme/…</c>).</param>
    public static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            var text = Strict.GetString(bytes, start, bytes.Length - start);
            return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var before = bytes.AsSpan(0, Math.Min(offset, bytes.Length));
            var line = before.Count((byte)'\n') + 1;
            var column = before.Length - (before.LastIndexOf((byte)'\n') + 1) + 1;
            diagnostics.Error(new SourceLocation(displayPath, line, column), DiagnosticCode.InvalidUtf8, "the file is not valid UTF-8", "save it with the UTF-8 encoding in your editor");
            return null;
        }
    }
}
