using System.Runtime.InteropServices;

namespace Site.Build.Output;

/// <summary>
/// Gives a file a second name in the same file system, so that a file of the previous output goes into the staging
/// folder without copying its bytes; a copy when the file system cannot link.
/// </summary>
internal static partial class HardLink
{
    /// <returns>Whether the file was linked (a copy may have another time).</returns>
    public static bool LinkOrCopy(string existing, string path)
    {
        var linked = OperatingSystem.IsWindows() ? CreateHardLink(path, existing, IntPtr.Zero) : Link(existing, path) == 0;
        if (!linked)
        {
            File.Copy(existing, path, overwrite: false);
        }

        return linked;
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string path);

    [LibraryImport("kernel32", EntryPoint = "CreateHardLinkW", StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLink(string path, string existing, IntPtr security);
}
