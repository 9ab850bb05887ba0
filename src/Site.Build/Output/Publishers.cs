using Site.Core.Diagnostics;

namespace Site.Build.Output;

/// <summary>Opens the publisher of a build, once the output folder is known to be safe to write.</summary>
internal static class Publishers
{
    /// <returns>The publisher, or null when the output or cache folder is refused or the lock was not had (reported).</returns>
    public static IPublisher? Open(BuildOptions options, BuildSession? session, TextWriter progress, DiagnosticBag diagnostics)
    {
        var output = OutputGuard.SafeOutput(options.OutputDirectory, options.InputDirectory, options.ThemeDirectory, diagnostics);
        var cache = output is null || options.CacheDirectory is null ? null : OutputGuard.SafeCache(options.CacheDirectory, output, options.InputDirectory, options.ThemeDirectory, diagnostics);
        if (output is null || (options.CacheDirectory is not null && cache is null))
        {
            return null;
        }

        if (session is not null)
        {
            // A preview writes a folder of its own, and takes no lock.
            AtomicOutput.Recover(options.OutputDirectory);
            return new InPlacePublisher(options, session);
        }

        // A build waits for another writing the same output.
        var held = OutputLock.Acquire(output, options.LockPatience, progress, diagnostics);
        if (held is null)
        {
            return null;
        }

        try
        {
            // The build writes where the guard looked, not where a link swapped since might lead. Even a build that
            // fails below must not leave the site missing after one killed in the middle of a swap.
            AtomicOutput.Recover(output);
            return new AtomicPublisher(options with { OutputDirectory = output, CacheDirectory = cache }, held);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }
}
