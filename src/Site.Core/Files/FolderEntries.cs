using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace Site.Core.Files;

/// <summary>
/// The entries of one folder with what each is, as the folder itself records it: on Linux the kind comes with each
/// name (readdir(3)'s d_type), so a folder of a thousand articles is listed without a thousand statx(2) calls. An
/// entry whose kind the file system does not record is asked of the kernel (<see cref="FileKinds"/>), as it is on
/// other systems.
/// </summary>
internal static partial class FolderEntries
{
    private const int NoSuchEntry = 2;
    private const int PermissionDenied = 13;
    private const int NotADirectory = 20;

    // d_type's values (dirent.h), the same on every Linux architecture.
    private const byte TypeUnknown = 0;
    private const byte TypeDirectory = 4;
    private const byte TypeRegular = 8;
    private const byte TypeLink = 10;

    // struct dirent of glibc and musl on 64-bit systems: d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1), d_name.
    private const int TypeOffset = 18;
    private const int NameOffset = 19;

    private static bool _readdirMissing;

    /// <summary>The entries of <paramref name="folder"/> (not "." and ".."), in ordinal order of their names; a link is a <see cref="FileKind.Link"/>, never followed.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder is gone (or is no folder).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be read.</exception>
    /// <exception cref="IOException">The folder could not be read for another reason.</exception>
    public static List<(string Name, FileKind Kind)> Of(string folder)
    {
        List<(string Name, FileKind Kind)> entries;
        if (OperatingSystem.IsLinux() && IntPtr.Size == 8 && !_readdirMissing)
        {
            try
            {
                entries = Read(folder);
            }
            catch (EntryPointNotFoundException)
            {
                _readdirMissing = true;
                entries = Listed(folder);
            }
        }
        else
        {
            entries = Listed(folder);
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return entries;
    }

    private static unsafe List<(string Name, FileKind Kind)> Read(string folder)
    {
        var directory = OpenDirectory(folder);
        if (directory == IntPtr.Zero)
        {
            throw Failure(Marshal.GetLastPInvokeError(), folder);
        }

        try
        {
            var entries = new List<(string Name, FileKind Kind)>();
            var unknown = new List<int>();
            while (true)
            {
                var entry = ReadDirectory(directory);
                if (entry == IntPtr.Zero)
                {
                    // NULL ends the folder, or reports an error in errno (cleared before the call).
                    var error = Marshal.GetLastPInvokeError();
                    if (error != 0)
                    {
                        throw Failure(error, folder);
                    }

                    break;
                }

                var bytes = MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)(entry + NameOffset));
                if (bytes.SequenceEqual("."u8) || bytes.SequenceEqual(".."u8))
                {
                    continue;
                }

                // .NET reads a name that is not UTF-8 with replacement characters, which name no file.
                var name = System.Text.Encoding.UTF8.GetString(bytes);
                var kind = !Utf8.IsValid(bytes) ? FileKind.BadName : ((byte*)entry)[TypeOffset] switch
                {
                    TypeRegular => FileKind.Regular,
                    TypeDirectory => FileKind.Directory,
                    TypeLink => FileKind.Link,
                    TypeUnknown => FileKind.Missing,
                    _ => FileKind.Special,
                };
                if (kind == FileKind.Missing)
                {
                    unknown.Add(entries.Count);
                }

                entries.Add((name, kind));
            }

            foreach (var index in unknown)
            {
                entries[index] = (entries[index].Name, FileKinds.Of(Path.Join(folder, entries[index].Name)));
            }

            return entries;
        }
        finally
        {
            _ = CloseDirectory(directory);
        }
    }

    /// <summary>Where readdir(3) is not to be had: .NET lists the names, and each is asked of the kernel on every core.</summary>
    internal static List<(string Name, FileKind Kind)> Listed(string folder)
    {
        var names = Directory.EnumerateFileSystemEntries(folder).Select(path => Path.GetFileName(path)).ToList();
        var kinds = new FileKind[names.Count];
        Parallel.For(0, names.Count, i => kinds[i] = FileKinds.Of(Path.Join(folder, names[i])));
        return [.. names.Select((name, i) => (name, kinds[i]))];
    }

    private static Exception Failure(int error, string folder) => error switch
    {
        NoSuchEntry or NotADirectory => new DirectoryNotFoundException($"Could not find a part of the path '{folder}'."),
        PermissionDenied => new UnauthorizedAccessException($"Access to the path '{folder}' is denied."),
        _ => new IOException($"{Marshal.GetPInvokeErrorMessage(error)} : '{folder}'", error),
    };

    [LibraryImport("libc", EntryPoint = "opendir", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial IntPtr OpenDirectory(string path);

    [LibraryImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static partial IntPtr ReadDirectory(IntPtr directory);

    [LibraryImport("libc", EntryPoint = "closedir")]
    private static partial int CloseDirectory(IntPtr directory);
}
