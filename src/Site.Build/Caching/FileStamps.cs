using System.IO.Enumeration;

namespace Site.Build.Caching;

/// <summary>The size and last write time of a file, as a folder listing gives them.</summary>
internal readonly record struct FileStamp(long Size, long Modified);

/// <summary>
/// Lists the files under a folder with their sizes and times, without opening any: how a build tells, in a few tens of
/// milliseconds, whether a folder is as an earlier build left it.
/// </summary>
internal static class FileStamps
{
    /// <summary>Every file under <paramref name="folder"/> (hidden ones included) by its path relative to it, with '/'.</summary>
    /// <param name="plain">False when a file is a symbolic link, whose stamp says nothing of what it leads to.</param>
    public static Dictionary<string, FileStamp> Of(string folder, out bool plain) => Of(folder, out plain, out _);

    /// <param name="folders">Every folder under <paramref name="folder"/>, by its path relative to it, with '/'.</param>
    public static Dictionary<string, FileStamp> Of(string folder, out bool plain, out HashSet<string> folders)
    {
        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        folders = new HashSet<string>(StringComparer.Ordinal);
        plain = true;
        if (!Directory.Exists(folder))
        {
            return stamps;
        }

        // Each subfolder on a core of its own: a stamp is a system call, and an output holds tens of thousands of files.
        var top = List(folder, folder, recurse: false);
        var parts = new (List<(string Path, FileStamp Stamp, bool Link)> Files, List<string> Folders)[top.Folders.Count];
        Parallel.For(0, parts.Length, i => parts[i] = List(folder, top.Folders[i], recurse: true));
        foreach (var part in parts.Prepend(top))
        {
            foreach (var (path, stamp, link) in part.Files)
            {
                plain &= !link;
                stamps[path] = stamp;
            }

            foreach (var path in part.Folders)
            {
                folders.Add(Path.GetRelativePath(folder, path).Replace('\\', '/'));
            }
        }

        return stamps;
    }

    /// <summary>The files and folders under <paramref name="start"/>; the files by their paths relative to <paramref name="root"/>.</summary>
    private static (List<(string Path, FileStamp Stamp, bool Link)> Files, List<string> Folders) List(string root, string start, bool recurse)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = recurse, AttributesToSkip = FileAttributes.None, IgnoreInaccessible = false };
        var folders = new List<string>();
        var listing = new FileSystemEnumerable<(string Path, FileStamp Stamp, bool Link)?>(
            start,
            (ref FileSystemEntry entry) =>
            {
                var link = entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
                if (entry.IsDirectory && !link)
                {
                    folders.Add(entry.ToFullPath());
                    return null;
                }

                return (Path.GetRelativePath(root, entry.ToFullPath()).Replace('\\', '/'), new FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcTicks), link);
            },
            options);
        var files = new List<(string Path, FileStamp Stamp, bool Link)>();
        foreach (var file in listing)
        {
            if (file is { } found)
            {
                files.Add(found);
            }
        }

        return (files, folders);
    }
}
