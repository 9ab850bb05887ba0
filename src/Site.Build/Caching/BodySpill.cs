using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Site.Core.Model;
using Site.Core.Site;

namespace Site.Build.Caching;

/// <summary>
/// The texts of a build's articles (their Markdown and their rendered HTML, web and print), written once to a
/// temporary file while the site is assembled and read back each time a page needs one, so that a build holds the
/// site model (metadata, URLs, taxonomies, summaries) but no article's text. The file is deleted when the build ends
/// (it is opened delete-on-close, and on Unix unlinked at once, so that even a killed process leaves nothing). A text
/// that cannot be written (a full disk) simply stays in memory.
/// </summary>
internal sealed class BodySpill : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _folder;
    private SafeFileHandle _file;
    private long _length;
    private Task? _closing;

    // For a preview session (Compact): the texts written, to find those still in use.
    private readonly ConcurrentQueue<WeakReference<Stored>>? _written;

    private BodySpill(string folder, SafeFileHandle file, bool compactable)
    {
        _folder = folder;
        _file = file;
        _written = compactable ? new() : null;
    }

    /// <summary>How many bytes the file holds.</summary>
    public long Length => Interlocked.Read(ref _length);

    /// <summary>
    /// A new, empty spill file in <paramref name="folder"/> (the system's temporary folder by default), or null when
    /// none can be made there: the build then holds its bodies in memory.
    /// </summary>
    /// <param name="compactable">
    /// For a preview session, whose spill lives as long as it does: its texts can be moved to a smaller file
    /// (<see cref="Compact"/>) once those still in use are a small part of it.
    /// </param>
    public static BodySpill? TryOpen(string? folder = null, bool compactable = false)
    {
        folder ??= Path.GetTempPath();
        return OpenFile(folder) is { } file ? new BodySpill(folder, file, compactable) : null;
    }

    private static SafeFileHandle? OpenFile(string folder)
    {
        try
        {
            var path = Path.Combine(folder, $"site-bodies-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
            var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
            if (!OperatingSystem.IsWindows())
            {
                File.Delete(path);
            }

            return file;
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
        if (article.HoldsBody() && Write(article.Body) is { } markdown)
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
            var stored = new Stored(this, offset, length);
            _written?.Enqueue(new WeakReference<Stored>(stored));
            return stored;
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

    /// <summary>
    /// A preview's spill only grows: each body rendered again (its article edited, the theme's labels changed) is
    /// written anew, the old one left in place. Once the texts still in use take less than half the file, they are
    /// copied to a new one and the old one is dropped. Not thread-safe: call it between builds, when nothing reads.
    /// </summary>
    /// <returns>Whether the texts were moved.</returns>
    public bool Compact(long atLeast = 64 << 20)
    {
        if (_written is null || Length < atLeast)
        {
            return false;
        }

        var live = new List<Stored>();
        while (_written.TryDequeue(out var written))
        {
            if (written.TryGetTarget(out var stored))
            {
                live.Add(stored);
            }
        }

        long used = live.Sum(s => (long)s.Length);
        if (used * 2 > Length || OpenFile(_folder) is not { } file)
        {
            foreach (var stored in live)
            {
                _written.Enqueue(new WeakReference<Stored>(stored));
            }

            return false;
        }

        long offset = 0;
        try
        {
            foreach (var stored in live.OrderBy(s => s.Offset))
            {
                var buffer = ArrayPool<byte>.Shared.Rent(stored.Length);
                try
                {
                    ReadExactly(_file, buffer.AsSpan(0, stored.Length), stored.Offset);
                    RandomAccess.Write(file, buffer.AsSpan(0, stored.Length), offset);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }

                offset += stored.Length;
            }
        }
        catch (IOException)
        {
            // The new file could not be written (a full disk): the texts stay where they are.
            file.Dispose();
            foreach (var stored in live)
            {
                _written.Enqueue(new WeakReference<Stored>(stored));
            }

            return false;
        }

        offset = 0;
        foreach (var stored in live.OrderBy(s => s.Offset))
        {
            stored.Offset = offset;
            offset += stored.Length;
            _written.Enqueue(new WeakReference<Stored>(stored));
        }

        _file.Dispose();
        _file = file;
        _length = offset;
        return true;
    }

    /// <summary>
    /// Deletes the file on another thread: the system frees a large deleted file's pages when it is closed, which
    /// takes a while (0.4 s for the 1.7 GB of 50,000 articles). Nothing may be read from it afterwards.
    /// </summary>
    public void CloseInBackground() =>
        _closing ??= Task.Factory.StartNew(_file.Dispose, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public void Dispose()
    {
        if (_closing is null)
        {
            _file.Dispose();
        }
        else
        {
            _closing.GetAwaiter().GetResult();
        }
    }

    private string Read(long offset, int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            ReadExactly(_file, buffer.AsSpan(0, length), offset);
            return Utf8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void ReadExactly(SafeFileHandle file, Span<byte> buffer, long offset)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var count = RandomAccess.Read(file, buffer[read..], offset + read);
            if (count == 0)
            {
                throw new EndOfStreamException("the body spill file is shorter than what was written to it");
            }

            read += count;
        }
    }

    private sealed class Stored(BodySpill spill, long offset, int length) : IStoredText
    {
        /// <summary>Where the text starts; moved by <see cref="Compact"/>.</summary>
        public long Offset { get; set; } = offset;

        public int Length { get; } = length;

        public string Read() => spill.Read(Offset, Length);
    }
}
