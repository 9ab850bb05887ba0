namespace Site.Build.Output;

/// <summary>The file system refused to write or move a part of the output (a full disk, permissions): which path it was.</summary>
internal sealed class OutputWriteException(string path, Exception inner) : IOException(inner.Message, inner)
{
    public string Path { get; } = path;

    /// <summary>Whether the disk was full when the write failed.</summary>
    public bool DiskWasFull { get; } = DiskFull.Caused(inner, path);

    /// <summary>Runs a write, naming its path if the file system refuses it.</summary>
    public static void Around(string path, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not OutputWriteException)
        {
            throw new OutputWriteException(path, e);
        }
    }
}
