using System.IO.Hashing;
using System.Text;

namespace Site.Preview;

/// <summary>
/// The temporary folder a preview builds into: one for each input folder and preview process, outside the repository,
/// emptied at start and removed when the preview ends, however it ends (stopped, interrupted, failing to start, or
/// crashing); a preview killed outright leaves its folder to the next preview of the same input.
/// </summary>
public sealed class PreviewFolder : IDisposable
{
    private readonly Lock _gate = new();
    private bool _removed;

    private PreviewFolder(string path)
    {
        Path = path;
        AppDomain.CurrentDomain.ProcessExit += OnExit;
        AppDomain.CurrentDomain.UnhandledException += OnExit;
    }

    public string Path { get; }

    /// <summary>Beside the folder: what the preview's builds keep between rebuilds (the responsive image variants).</summary>
    public string CachePath => Path + ".cache";

    /// <param name="temporaryRoot">Where preview folders go; the system's temporary folder by default.</param>
    public static PreviewFolder For(string inputDirectory, string? temporaryRoot = null)
    {
        // One folder per input and process: two previews of the same input at once must not empty each other's.
        var hash = Convert.ToHexStringLower(XxHash64.Hash(Encoding.UTF8.GetBytes(inputDirectory)));
        var parent = System.IO.Path.Combine(temporaryRoot ?? System.IO.Path.GetTempPath(), "site-preview");
        var path = System.IO.Path.Combine(parent, $"{hash}-{Environment.ProcessId}");

        // A preview killed outright (kill -9) could not clean up: the next one of the same input does.
        foreach (var folder in LeftBehind(parent, hash).Append(path).Append(path + ".cache").Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        return new PreviewFolder(path);
    }

    /// <summary>The folders (and caches) of earlier previews of the same input whose process has ended.</summary>
    private static IEnumerable<string> LeftBehind(string parent, string hash)
    {
        if (!Directory.Exists(parent))
        {
            return [];
        }

        return Directory.EnumerateDirectories(parent, hash + "-*")
            .Where(folder =>
            {
                var suffix = System.IO.Path.GetFileName(folder)[(hash.Length + 1)..];
                var pid = suffix.EndsWith(".cache", StringComparison.Ordinal) ? suffix[..^".cache".Length] : suffix;
                return int.TryParse(pid, out var id) && id != Environment.ProcessId && !IsRunning(id);
            })
            .ToList();
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnExit;
        AppDomain.CurrentDomain.UnhandledException -= OnExit;
        Remove();
    }

    private void OnExit(object? sender, EventArgs e) => Remove();

    private void Remove()
    {
        lock (_gate)
        {
            if (_removed)
            {
                return;
            }

            _removed = true;
            try
            {
                foreach (var folder in new[] { Path, CachePath }.Where(Directory.Exists))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the next preview of this input, which empties it first.
            }
        }
    }
}
