using System.Runtime;

using Site.Core.Files;

namespace Site.Cli.Commands;

/// <summary>
/// The methods the last build compiled at run time, kept in the build cache (<c>jit/build</c>) so that the next
/// build compiles them on another core before its own thread asks for them (.NET's multicore JIT). Even the
/// ReadyToRun install compiles about a thousand methods at run time (the framework's generic code over our types,
/// which no image outside the framework can hold), most of them while the build starts on one thread: the
/// configuration, the theme, the first look-ups. A build with nothing in the cache records what it compiled; a
/// build with no cache neither plays nor records anything.
/// </summary>
/// <remarks>
/// The runtime reads and writes the profile under one name: each build plays and records a copy of its own, which
/// replaces the shared one when the build ends (a rename), so that two builds at once never write into the same
/// file and a build killed halfway leaves the last whole profile in place. Only a build that made pages replaces it:
/// one that found nothing changed, or failed, compiled a fraction of what the next one will need. The runtime checks
/// a profile before it plays one (a damaged or foreign one is ignored), and compiling a method early changes no
/// result, only when the work is done.
/// </remarks>
internal sealed class JitProfile : IDisposable
{
    private const string Shared = "build";

    // A build's own copy left behind by a killed build is removed by a later build after this long.
    private static readonly TimeSpan Abandoned = TimeSpan.FromHours(1);

    private readonly string _folder;
    private readonly string _own;
    private bool _finished;

    private JitProfile(string folder, string own)
    {
        _folder = folder;
        _own = own;
    }

    /// <summary>Plays the last build's profile (if any) and records this one's; null without a cache, or where the cache cannot hold it.</summary>
    public static JitProfile? Start(string? cacheDirectory)
    {
        if (cacheDirectory is null)
        {
            return null;
        }

        var folder = Path.Combine(cacheDirectory, "jit");
        var own = $"{Shared}-{Environment.ProcessId}";
        try
        {
            Directory.CreateDirectory(folder);
            RemoveAbandoned(folder);
            var last = Path.Combine(folder, Shared);
            if (CacheFiles.IsRegular(last))
            {
                File.Copy(last, Path.Combine(folder, own), overwrite: true);
            }

            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile(own);
            return new JitProfile(folder, own);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk can leave the copy begun: nothing of it is kept.
            TryDelete(Path.Combine(folder, own));
            return null;
        }
    }

    /// <summary>Stops recording, which writes this build's profile; <paramref name="keep"/> makes it the one the next build plays.</summary>
    public void Finish(bool keep)
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        ProfileOptimization.StartProfile(null);
        var own = Path.Combine(_folder, _own);
        try
        {
            if (keep && File.Exists(own))
            {
                File.Move(own, Path.Combine(_folder, Shared), overwrite: true);
            }
            else
            {
                TryDelete(own);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(own);
        }
    }

    /// <summary>A build that ended otherwise (an exception) keeps the last profile.</summary>
    public void Dispose() => Finish(keep: false);

    private static void RemoveAbandoned(string folder)
    {
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles($"{Shared}-*"))
        {
            if (DateTime.UtcNow - file.LastWriteTimeUtc > Abandoned)
            {
                TryDelete(file.FullName);
            }
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another build's cleanup got there first, or the cache is read-only: nothing is lost either way.
        }
    }
}
