using System.Diagnostics;
using System.Globalization;

namespace Site.Build.Output;

/// <summary>
/// The build named in an output lock: a process id, the process's start time (so that a new process that got the
/// id of a dead build is not taken for it) and a token of its own (several builds may run in one process).
/// </summary>
internal sealed record LockHolder(int ProcessId, long StartTicks, string Token)
{
    private static readonly long OwnStart = StartOf(Process.GetCurrentProcess());

    public static LockHolder Current() => new(Environment.ProcessId, OwnStart, Guid.NewGuid().ToString("N"));

    /// <summary>The holder written in a lock file; null when it is not (yet) whole.</summary>
    public static LockHolder? Parse(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.TrimEntries);
        return parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var start)
            && parts[2].Length > 0
            ? new LockHolder(id, start, parts[2])
            : null;
    }

    public bool IsAlive()
    {
        if (ProcessId == Environment.ProcessId)
        {
            return StartTicks == OwnStart;
        }

        try
        {
            using var process = Process.GetProcessById(ProcessId);
            var start = StartOf(process);
            return !process.HasExited && (start == 0 || StartTicks == 0 || Math.Abs(start - StartTicks) < TimeSpan.TicksPerSecond);
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ProcessId} {StartTicks} {Token}\n");

    private static long StartOf(Process process)
    {
        try
        {
            return process.StartTime.ToUniversalTime().Ticks;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Not readable (another user's process on some systems): the id alone decides.
            return 0;
        }
    }
}
