using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Site.Build.Plan;

namespace Site.Build.Output;

/// <summary>
/// The few changes that turn the published output into a build's: files to move in from the staging folder, and files
/// to delete (with the folders they leave empty). It is written down before it is applied (<see cref="Write"/>), so
/// that a build killed while applying it is finished by the next one (<see cref="AtomicOutput.Recover"/>); applying it
/// twice gives what applying it once does.
/// </summary>
/// <param name="Moved">Paths relative to the output, with '/', of the files the staging folder holds.</param>
/// <param name="Deleted">Paths relative to the output, with '/', of the files the new output no longer has.</param>
internal sealed record OutputPatch(IReadOnlyList<string> Moved, IReadOnlyList<string> Deleted)
{
    private const string Magic = "site-output-patch/1";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes the patch to <paramref name="file"/>, followed by its checksum: a file cut short is no patch.</summary>
    public void Write(string file)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Utf8, leaveOpen: true))
        {
            writer.Write(Magic);
            foreach (var list in new[] { Moved, Deleted })
            {
                writer.Write(list.Count);
                foreach (var path in list)
                {
                    writer.Write(path);
                }
            }
        }

        Span<byte> checksum = stackalloc byte[16];
        Hash128.Of(memory.GetBuffer().AsSpan(0, (int)memory.Length)).WriteLittleEndian(checksum);
        memory.Write(checksum);
        using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        stream.Write(memory.GetBuffer().AsSpan(0, (int)memory.Length));
    }

    /// <summary>The patch a file holds; null when it is damaged, cut short, or names a path outside the output.</summary>
    public static OutputPatch? Read(string file)
    {
        try
        {
            var bytes = File.ReadAllBytes(file);
            if (bytes.Length < 16 || Hash128.ReadLittleEndian(bytes.AsSpan(bytes.Length - 16)) != Hash128.Of(bytes.AsSpan(0, bytes.Length - 16)))
            {
                return null;
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 16, writable: false), Utf8);
            if (reader.ReadString() != Magic)
            {
                return null;
            }

            var lists = new List<string>[2];
            for (var i = 0; i < lists.Length; i++)
            {
                var count = reader.ReadInt32();
                lists[i] = new List<string>(Math.Clamp(count, 0, bytes.Length));
                for (; count > 0; count--)
                {
                    lists[i].Add(reader.ReadString());
                }
            }

            return lists.All(list => list.All(IsInside)) ? new OutputPatch(lists[0], lists[1]) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or DecoderFallbackException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Makes the folders the moved files need, before anything of the output changes: a disk too full for them fails
    /// the build with the output as it was (the folders made are removed again).
    /// </summary>
    /// <returns>The folders made, for <see cref="RemoveFolders"/> should the patch not be written down.</returns>
    public IReadOnlyList<string> MakeFolders(string output)
    {
        var made = new List<string>();
        try
        {
            foreach (var folder in FoldersHolding(Moved).OrderBy(f => f.Length))
            {
                var path = Path.Combine(output, folder);
                if (!Directory.Exists(path))
                {
                    OutputWriteException.Around(path, () => Directory.CreateDirectory(path));
                    made.Add(path);
                }
            }
        }
        catch (OutputWriteException)
        {
            RemoveFolders(made);
            throw;
        }

        return made;
    }

    /// <summary>Removes folders <see cref="MakeFolders"/> made, deepest first, if they are still empty.</summary>
    public static void RemoveFolders(IReadOnlyList<string> made)
    {
        foreach (var path in Enumerable.Reverse(made))
        {
            TryRemoveEmptyFolder(path);
        }
    }

    /// <summary>
    /// Deletes what the new output no longer has (and the folders that leaves empty, unless a moved file goes there),
    /// then moves each file still in <paramref name="staging"/> over its published version.
    /// </summary>
    public void Apply(string staging, string output)
    {
        foreach (var file in Deleted)
        {
            var path = Path.Combine(output, file);
            OutputWriteException.Around(path, () => File.Delete(path));
        }

        var kept = FoldersHolding(Moved);
        foreach (var folder in FoldersHolding(Deleted).Where(f => !kept.Contains(f)).OrderByDescending(f => f.Length))
        {
            TryRemoveEmptyFolder(Path.Combine(output, folder));
        }

        foreach (var file in Moved)
        {
            var from = Path.Combine(staging, file);
            var to = Path.Combine(output, file);
            if (File.Exists(from))
            {
                OutputWriteException.Around(to, () =>
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                    File.Move(from, to, overwrite: true);
                });
            }
        }
    }

    /// <summary>Every folder that holds one of <paramref name="files"/>, at any depth (the output's root excluded).</summary>
    public static HashSet<string> FoldersHolding(IEnumerable<string> files)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            // A folder known already has its parents known too.
            var slash = file.LastIndexOf('/');
            while (slash > 0 && folders.Add(file[..slash]))
            {
                slash = file.LastIndexOf('/', slash - 1);
            }
        }

        return folders;
    }

    private static void TryRemoveEmptyFolder(string path)
    {
        try
        {
            if (Directory.Exists(path) && !Directory.EnumerateFileSystemEntries(path).Any())
            {
                Directory.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot go stays, empty: the next full build's swap removes it.
        }
    }

    /// <summary>A relative path with '/' that stays inside the folder it is relative to.</summary>
    private static bool IsInside(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && !path.Contains('\\') && !path.Contains('\0')
        && path.Split('/').All(part => part is not ("" or "." or ".."));
}
