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

    /// <summary>struct statx (256 bytes); only the fields up to stx_mode are read.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct StatxBuffer
    {
        public uint Mask;
        public uint BlockSize;
        public ulong Attributes;
        public uint Links;
        public uint User;
        public uint Group;
        public ushort Mode;
    }
}
