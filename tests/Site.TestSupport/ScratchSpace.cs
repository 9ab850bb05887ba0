namespace Site.TestSupport;

/// <summary>
/// Where the tests' temporary folders go. The tests write and delete tens of thousands of small files (sites built
/// again and again, a checkout compiled): where the temporary folder is on a disk, that file-system work was most of
/// the suite's system time and waiting on a loaded machine. So when <c>$TMPDIR</c> is not set and the memory-backed
/// <c>/dev/shm</c> has room, the tests' process, and every process it starts, use a folder there instead; set
/// <c>TMPDIR</c> to choose another place.
/// </summary>
public static class ScratchSpace
{
    private const string Memory = "/dev/shm";

    /// <summary>Room /dev/shm must have left, far more than the tests write at once (a checkout compiled in Release, built sites).</summary>
    private const long RoomNeeded = 2L * 1024 * 1024 * 1024;

    /// <summary>Points <c>$TMPDIR</c> (which <see cref="Path.GetTempPath"/> reads) at /dev/shm when it is unset and there is room.</summary>
    public static void UseMemoryWhenRoomy()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("TMPDIR") is { Length: > 0 })
        {
            return;
        }

        try
        {
            if (!Directory.Exists(Memory) || new DriveInfo(Memory).AvailableFreeSpace < RoomNeeded)
            {
                return;
            }

            var folder = Path.Combine(Memory, "site-tests-" + Environment.UserName);
            Directory.CreateDirectory(folder);
            Environment.SetEnvironmentVariable("TMPDIR", folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // No room or no right there: the usual temporary folder serves.
        }
    }
}
