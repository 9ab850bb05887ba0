using System.Diagnostics;
using System.Globalization;

using Site.Core.Diagnostics;
using Site.Core.Files;

namespace Site.Build.Output;

/// <summary>
/// Keeps two builds from writing one output folder at once. The lock is a file beside the output
/// (<c>.name.lock</c>), made atomically, that names the process holding it (its id and start time). A second build
/// waits for the first to end; a lock whose process is gone (a killed build) is taken over.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    // A lock file is written right after it is made: one still empty after this long lost its writer.
    private static readonly TimeSpan Unwritten = TimeSpan.FromSeconds(10);

    private readonly string _path;
    private readonly string _text;

    private OutputLock(string path, string text) => (_path, _text) = (path, text);

    public static string PathOf(string output)
    {
        var full = OutputGuard.Normalize(output);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.lock");
    }

    /// <summary>Takes the lock of <paramref name="output"/>, waiting up to <paramref name="patience"/>; null (with an error) when another build kept it.</summary>
    public static OutputLock? Acquire(string output, TimeSpan patience, TextWriter progress, DiagnosticBag diagnostics)
    {
        var path = PathOf(output);
        OutputWriteException.Around(path, () => Directory.CreateDirectory(Path.GetDirectoryName(path)!));
        var mine = LockHolder.Current();
        var waited = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            var created = false;
            OutputWriteException.Around(path, () => created = TryCreate(path, mine.ToString()));
            if (created)
            {
                return new OutputLock(path, mine.ToString());
            }

            var text = TryRead(path);
            var holder = text is null ? null : LockHolder.Parse(text);
            if (text is not null && (holder is null ? File.GetLastWriteTimeUtc(path) < DateTime.UtcNow - Unwritten : !holder.IsAlive()))
            {
                TakeOver(path, text);
                continue;
            }

            if (waited.Elapsed > patience)
            {
                diagnostics.Error(
                    new SourceLocation("--output"),
                    DiagnosticCode.OutputBusy, $"another build (process {holder?.ProcessId.ToString(CultureInfo.InvariantCulture) ?? "unknown"}) has been writing into '{output}' for {patience.TotalSeconds:0} s",
                    $"wait for it to end; if no build is running, delete '{path}'");
                return null;
            }

            if (!told && holder is not null)
            {
                progress.WriteLine($"  waiting for process {holder.ProcessId}, which is building into the same output folder ({path})");
                told = true;
            }

            Thread.Sleep(50);
        }
    }

    public void Dispose()
    {
        // Deleted only while it is still ours: a lock taken over after a hang belongs to another build now.
        if (TryRead(_path) == _text)
        {
            TryDelete(_path);
        }
    }

    private static bool TryCreate(string path, string text)
    {
        const int Attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
                using var writer = new StreamWriter(stream);
                writer.Write(text);
                return true;
            }
            catch (IOException) when (Path.Exists(path))
            {
                return false;
            }
            catch (IOException) when (attempt < Attempts)
            {
                // The file existed when it was made, and its holder deleted it before we looked: try again, since
                // only a failure with no lock file in the way is a failure to write.
            }
        }
    }

    /// <summary>Deletes a stale lock, unless another build took it over first (one build at a time does this).</summary>
    private static void TakeOver(string path, string stale)
    {
        var takeover = path + ".takeover";
        if (!TryCreate(takeover, LockHolder.Current().ToString()))
        {
            if (File.GetLastWriteTimeUtc(takeover) < DateTime.UtcNow - Unwritten)
            {
                TryDelete(takeover);
            }

            Thread.Sleep(10);
            return;
        }

        try
        {
            if (TryRead(path) == stale)
            {
                TryDelete(path);
            }
        }
        finally
        {
            TryDelete(takeover);
        }
    }

    private static string? TryRead(string path)
    {
        if (!CacheFiles.IsRegular(path))
        {
            return null; // Gone, or a pipe planted in its place, which a read would wait on for ever: a lock of unknown holder.
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return new StreamReader(stream).ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Taken over by the next build once this process is gone.
        }
    }
}
