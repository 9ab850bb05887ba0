namespace Site.Core.Files;

/// <summary>
/// Reads the build cache's own files. A named pipe or a device planted where one was expected would make a plain read
/// wait for ever; such an entry is refused as if it were missing, and the build renders what it would have held.
/// </summary>
public static class CacheFiles
{
    /// <summary>Whether <paramref name="path"/> holds a regular file (a link is followed), which a read will not wait on.</summary>
    public static bool IsRegular(string path) => FileKinds.Of(path, followLinks: true) == FileKind.Regular;

    /// <exception cref="IOException">The path is missing, or holds no regular file (a link is followed).</exception>
    public static byte[] ReadAllBytes(string path) =>
        IsRegular(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException("not a regular file in the build cache", path);
}
