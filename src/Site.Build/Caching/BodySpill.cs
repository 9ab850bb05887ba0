using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Site.Core.Site;

namespace Site.Build.Caching;

/// <summary>
/// The HTML of a build's bodies, written once to a temporary file while the site is assembled and read back each
/// time a page prints a body, so that a build holds the site model but not every rendered body at once. The file is
/// deleted when the build ends (or, killed, by the system: it is unlinked on close and lives in the temporary
/// folder). A body that cannot be written (a full disk) simply stays in memory.
/// </summary>
internal sealed class BodySpill : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SafeFileHandle _file;
    private long _length;

    private BodySpill(SafeFileHandle file) => _file = file;

    /// <summary>How many bytes of HTML the file holds.</summary>
    public long Length => Interlocked.Read(ref _length);

    /// <summary>
    /// A new, empty spill file in <paramref name="folder"/> (the system's temporary folder by default), or null when
    /// none can be made there: the build then holds its bodies in memory, as a preview does.
    /// </summary>
    public static BodySpill? TryOpen(string? folder = null)
    {
        try
        {
            var path = Path.Combine(folder ?? Path.GetTempPath(), $"site-bodies-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
            return new BodySpill(File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Thread-safe: writes the body's HTML and returns the body without it.</summary>
    public RenderedBody Keep(RenderedBody body)
    {
        if (!body.HoldsHtml)
        {
            return body;
        }

        var html = body.Html;
        var print = body.PrintHtml;
        var htmlLength = Utf8.GetByteCount(html);
        var length = htmlLength + Utf8.GetByteCount(print);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Utf8.GetBytes(html, buffer);
            Utf8.GetBytes(print, buffer.AsSpan(htmlLength));
            // Each body reserves its own range, so threads write side by side without a lock.
            var offset = Interlocked.Add(ref _length, length) - length;
            RandomAccess.Write(_file, buffer.AsSpan(0, length), offset);
            return body.StoredIn(new Stored(this, offset, htmlLength, length - htmlLength));
        }
        catch (IOException)
        {
            return body;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Dispose() => _file.Dispose();

    private string Read(long offset, int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = 0;
            while (read < length)
            {
                var count = RandomAccess.Read(_file, buffer.AsSpan(read, length - read), offset + read);
                if (count == 0)
                {
                    throw new EndOfStreamException("the body spill file is shorter than what was written to it");
                }

                read += count;
            }

            return Utf8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private sealed class Stored(BodySpill spill, long offset, int htmlLength, int printLength) : IStoredHtml
    {
        public string Html() => spill.Read(offset, htmlLength);

        public string PrintHtml() => spill.Read(offset + htmlLength, printLength);
    }
}
