namespace Site.Build.Images;

/// <summary>
/// Where a build keeps the variants it makes: <c>images/</c> in the build cache, kept and pruned; or, without a cache
/// (<c>--no-cache</c>), a temporary folder of the build's own, from which the output copies them, deleted when the
/// build ends.
/// </summary>
internal sealed class ImageFolder : IDisposable
{
    public const string Name = "images";

    private ImageFolder(ImageStore store, bool temporary)
    {
        Store = store;
        IsTemporary = temporary;
    }

    public ImageStore Store { get; }

    public bool IsTemporary { get; }

    public static ImageFolder Open(string? cacheDirectory) => cacheDirectory is null
        ? new ImageFolder(new ImageStore(Path.Combine(Path.GetTempPath(), "site-images-" + Guid.NewGuid().ToString("N"))), temporary: true)
        : new ImageFolder(new ImageStore(Path.Combine(cacheDirectory, Name)), temporary: false);

    /// <summary>After a successful build: the cache keeps only what this build used.</summary>
    public void Prune()
    {
        if (!IsTemporary)
        {
            Store.Prune();
        }
    }

    public void Dispose()
    {
        if (!IsTemporary)
        {
            return;
        }

        try
        {
            if (Directory.Exists(Store.Folder))
            {
                Directory.Delete(Store.Folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The system's temporary folder is cleaned by the system.
        }
    }
}
