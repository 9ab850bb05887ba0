using System.Runtime.InteropServices;

namespace Site.Core.Files;

/// <summary>
/// Tells regular files from named pipes, sockets and devices without opening them. .NET does not say (a FIFO is a
/// "Normal" file of length 0 to <see cref="FileInfo"/>), and opening a FIFO blocks until a writer comes, so on Linux
/// the type is asked of the kernel with statx(2), whose structure is the same on every architecture.
/// </summary>
internal static partial class FileKinds
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxMode = 0x2;
    private const uint StatxModifiedTime = 0x40;
    private const uint StatxSize = 0x200;
    private const int TypeMask = 0xF000;
    private const int Directory = 0x4000;
    private const int Regular = 0x8000;
    private const int Link = 0xA000;

    private static bool _statxMissing;

    public static FileKind Of(string path, bool followLinks = false)
    {
        if (OperatingSystem.IsLinux() && !_statxMissing)
        {
            try
            {
                return Statx(AtCurrentDirectory, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType, out var status) == 0
                    ? (status.Mode & TypeMask) switch
                    {
                        Regular => FileKind.Regular,
                        Directory => FileKind.Directory,
                        Link => FileKind.Link,
                        _ => FileKind.Special,
                    }
                    : FileKind.Missing;
            }
            catch (EntryPointNotFoundException)
            {
                _statxMissing = true; // A C library older than glibc 2.28: fall back to what .NET can tell.
            }
        }

        return Managed(path, followLinks);
    }

    /// <summary>
    /// The size and last write time (UTC ticks, as <see cref="FileSystemInfo.LastWriteTimeUtc"/> gives them) of what
    /// <paramref name="path"/> names, a link itself rather than what it leads to; null when nothing is there.
    /// </summary>
    public static (long Size, long Modified)? Stamp(string path)
    {
        if (OperatingSystem.IsLinux() && !_statxMissing)
        {
            try
            {
                if (Statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxType | StatxMode | StatxSize | StatxModifiedTime, out var status) != 0)
                {
                    return null;
                }

                // .NET's own conversion: whole seconds since 1970, then the nanoseconds in 100-ns ticks.
                var modified = DateTime.UnixEpoch.Ticks + (status.ModifiedSeconds * TimeSpan.TicksPerSecond) + (status.ModifiedNanoseconds / 100);
                return ((long)status.Size, modified);
            }
            catch (EntryPointNotFoundException)
            {
                _statxMissing = true;
            }
        }

        FileSystemInfo info = new FileInfo(path);
        return info.Exists || info.LinkTarget is not null ? (info is FileInfo { Exists: true } file ? file.Length : 0, info.LastWriteTimeUtc.Ticks) : null;
    }

    private static FileKind Managed(string path, bool followLinks)
    {
        FileSystemInfo info = new FileInfo(path);
        if (!followLinks && info.LinkTarget is not null)
        {
            return FileKind.Link;
        }

        if (System.IO.Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        return !info.Exists ? FileKind.Missing
            : info.Attributes.HasFlag(FileAttributes.Device) ? FileKind.Special
            : FileKind.Regular;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    /// <summary>struct statx (256 bytes): the type and mode, the size and the last write time are read.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(0)]
        public uint Mask;

        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(40)]
        public ulong Size;

        [FieldOffset(112)]
        public long ModifiedSeconds;

        [FieldOffset(120)]
        public uint ModifiedNanoseconds;
    }
}
