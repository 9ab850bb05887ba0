namespace Site.Core.Files;

/// <summary>A file found under a folder: its path relative to it (with '/'), its size and last write time (UTC ticks), and whether it is a symbolic link.</summary>
public readonly record struct StampedFile(string Path, long Size, long Modified, bool Link);

/// <summary>
/// Every file under a folder with its size and time, without opening any: folders are listed with what each entry is
/// (<see cref="FolderEntries"/>), then each file is asked its size and time on every core, one system call each. A
/// build lists its input and theme so before anything else, to tell what changed since the last one.
/// </summary>
public static class FolderStamps
{
    /// <summary>
    /// The files under <paramref name="root"/> (hidden ones, links and special files included; links are not
    /// followed, and a link's stamp is its own); nothing when the folder does not exist.
    /// </summary>
    /// <exception cref="UnauthorizedAccessException">A folder may not be read.</exception>
    /// <exception cref="IOException">A folder could not be read for another reason.</exception>
    public static List<StampedFile> Of(string root)
    {
        var files = new List<(string Relative, FileKind Kind)>();
        var folders = new Stack<string>();
        folders.Push(string.Empty);
        while (folders.Count > 0)
        {
            var relative = folders.Pop();
            List<(string Name, FileKind Kind)> entries;
            try
            {
                entries = FolderEntries.Of(relative.Length == 0 ? root : Path.Join(root, relative));
            }
            catch (DirectoryNotFoundException)
            {
                continue; // Gone since it was listed (or the root does not exist): nothing under it.
            }

            foreach (var (name, kind) in entries)
            {
                var path = relative.Length == 0 ? name : $"{relative}/{name}";
                if (kind == FileKind.Directory)
                {
                    folders.Push(path);
                }
                else if (kind != FileKind.Missing)
                {
                    files.Add((path, kind));
                }
            }
        }

        var stamps = new (long Size, long Modified)?[files.Count];
        // A name that is not UTF-8 names no file to ask (the build reports it): it is listed with a stamp no file has,
        // so that a build finds the input changed when one comes.
        Parallel.For(0, files.Count, i => stamps[i] = files[i].Kind == FileKind.BadName ? (-1, 0) : FileKinds.Stamp(Path.Join(root, files[i].Relative)));
        var found = new List<StampedFile>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            if (stamps[i] is { } stamp)
            {
                found.Add(new StampedFile(files[i].Relative, stamp.Size, stamp.Modified, files[i].Kind == FileKind.Link));
            }
        }

        return found;
    }
}
