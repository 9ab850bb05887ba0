namespace Site.Build.Output;

/// <summary>Tells a full disk from other refusals of the file system, at the moment of the failure (before anything is cleaned up).</summary>
internal static class DiskFull
{
    private const int UnixNoSpace = 28;
    private const int WindowsDiskFull = 112;
    private const int WindowsHandleDiskFull = 39;

    // .NET reports a failed preallocation of a new file without the system's error code: then the free space decides.
    private const long AlmostNothing = 1024 * 1024;

    public static bool Caused(Exception e, string path) =>
        e is IOException && (HasNoSpaceCode(e) || FreeSpace(path) is < AlmostNothing);

    private static bool HasNoSpaceCode(Exception e) =>
        OperatingSystem.IsWindows() ? (e.HResult & 0xFFFF) is WindowsDiskFull or WindowsHandleDiskFull : e.HResult == UnixNoSpace;

    private static long? FreeSpace(string path)
    {
        try
        {
            var folder = Path.GetDirectoryName(path);
            while (folder is not null && !Directory.Exists(folder))
            {
                folder = Path.GetDirectoryName(folder);
            }

            return folder is null ? null : new DriveInfo(folder).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
