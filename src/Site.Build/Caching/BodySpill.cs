using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Site.Core.Model;
using Site.Core.Site;

namespace Site.Build.Caching;

/// <summary>
/// The texts of a build's articles (their Markdown and their rendered HTML, web and print), written once to a
/// temporary file while the site is assembled and read back each time a page needs one, so that a build holds the
/// site model (metadata, URLs, taxonomies, summaries) but no article's text. The file is deleted when the build ends
/// (it is opened delete-on-close). A text that cannot be written (a full disk) simply stays in memory.
/// </summary>
internal sealed class BodySpill : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SafeFileHandle _file;
    private long _length;

    private BodySpill(SafeFileHandle file) => _file = file;

    /// <summary>How many bytes the file holds.</summary>
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

    /// <summary>Thread-safe: writes the body's HTML and returns the body without it (or as it is, if it cannot be written).</summary>
    public RenderedBody Keep(RenderedBody body) =>
        body.HoldsHtml && Write(body.Html) is { } html && Write(body.PrintHtml) is { } print ? body.StoredIn(html, print) : body;

    /// <summary>Thread-safe for distinct articles: moves the article's Markdown out of memory (it stays if it cannot be written).</summary>
    public void Keep(Article article)
    {
        if (article.HoldsBody && Write(article.Body) is { } markdown)
        {
            article.StoreBody(markdown);
        }
    }

    /// <summary>The text written at the end of the file, or null when it could not be (a full disk).</summary>
    private Stored? Write(string text)
    {
        var length = Utf8.GetByteCount(text);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Utf8.GetBytes(text, buffer);
            // Each text reserves its own range, so threads write side by side without a lock.
            var offset = Interlocked.Add(ref _length, length) - length;
            RandomAccess.Write(_file, buffer.AsSpan(0, length), offset);
            return new Stored(this, offset, length);
        }
        catch (IOException)
        {
            return null;
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

    private sealed class Stored(BodySpill spill, long offset, int length) : IStoredText
    {
        public string Read() => spill.Read(offset, length);
    }
}
