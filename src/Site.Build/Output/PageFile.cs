using System.Buffers;
using System.Text;

namespace Site.Build.Output;

/// <summary>Writes a page's text as UTF-8 (no byte order mark) in one system call, instead of a stream's 4 KB ones.</summary>
internal static class PageFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            using var file = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
            RandomAccess.Write(file, buffer.AsSpan(0, length), fileOffset: 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
