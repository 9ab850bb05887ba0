using System.Collections.Concurrent;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;
using SkiaSharp;

namespace Site.Content.Media;

/// <summary>
/// The sizes of the images under <c>input/media/</c>, by site path (<c>/media/2021/x.jpg</c>), so that pages can give
/// every <c>img</c> its <c>width</c> and <c>height</c> and the layout does not shift while images load. Each file's
/// header is read once, on first request, by SkiaSharp's codec (the pixels are never decoded). Thread-safe.
/// </summary>
public sealed class ImageSizes(string? mediaDirectory)
{
    private const string Prefix = "/" + InputLayout.Media + "/";

    private readonly string? _root = mediaDirectory is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(mediaDirectory));
    private readonly SourceTree? _tree = mediaDirectory is null ? null : SourceTree.Input(Path.GetDirectoryName(Path.GetFullPath(mediaDirectory))!);
    private readonly ConcurrentDictionary<string, Lazy<ImageSize?>> _sizes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ResponsiveImage?>> _responsive = new(StringComparer.Ordinal);

    /// <summary>A lookup that knows no image, for sites without media.</summary>
    public static ImageSizes None { get; } = new(null);

    /// <summary>The size of the image at <paramref name="sitePath"/>; null when it is not a readable image under /media/.</summary>
    public ImageSize? Find(string? sitePath)
    {
        if (_root is null || sitePath is null || !sitePath.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var cut = sitePath.IndexOfAny(['?', '#']);
        var path = cut < 0 ? sitePath : sitePath[..cut];
        return _sizes.GetOrAdd(path, p => new Lazy<ImageSize?>(() => Read(_root, _tree!, p))).Value;
    }

    /// <summary>
    /// The variants pages should offer for the picture at <paramref name="sitePath"/>: null unless it is a readable,
    /// still JPEG, PNG or WebP under /media/ of at most <see cref="ImageVariantNames.MaxPixels"/> pixels (GIFs,
    /// SVGs, animations and everything else are published as they are). Reads and hashes the file once.
    /// </summary>
    public ResponsiveImage? Responsive(string? sitePath)
    {
        if (Find(sitePath) is not { } size)
        {
            return null;
        }

        var cut = sitePath!.IndexOfAny(['?', '#']);
        var path = cut < 0 ? sitePath : sitePath[..cut];
        return _responsive.GetOrAdd(path, p => new Lazy<ResponsiveImage?>(() => ReadResponsive(_root!, p, size))).Value;
    }

    private static ResponsiveImage? ReadResponsive(string root, string sitePath, ImageSize size)
    {
        if ((long)size.Width * size.Height > ImageVariantNames.MaxPixels)
        {
            return null;
        }

        var file = Path.Combine(root, Uri.UnescapeDataString(sitePath[Prefix.Length..]));
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (IOException)
        {
            return null;
        }

        using (var codec = SKCodec.Create(new MemoryStream(bytes, writable: false)))
        {
            if (codec is null
                || codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png or SKEncodedImageFormat.Webp)
                || codec.FrameCount > 1)
            {
                return null;
            }
        }

        var hasher = new System.IO.Hashing.XxHash128();
        hasher.Append(bytes);
        hasher.Append(System.Text.Encoding.UTF8.GetBytes(ImageVariantNames.Settings));
        var hash = Convert.ToHexStringLower(hasher.GetCurrentHash())[..12];
        return ImageVariantNames.For(sitePath, size, hash);
    }

    private static ImageSize? Read(string root, SourceTree tree, string sitePath)
    {
        var relative = Uri.UnescapeDataString(sitePath[Prefix.Length..]);
        if (relative.Contains('\0'))
        {
            return null; // No file has that name; Path.GetFullPath would throw.
        }

        var file = Path.GetFullPath(Path.Combine(root, relative));
        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            return null;
        }

        // A link out of the tree, a pipe or a device is reported where the media folder is copied; here it is not opened.
        if (!tree.IsReadable(Path.GetRelativePath(tree.Root, file).Replace('\\', '/'), new DiagnosticBag()))
        {
            return null;
        }

        using var stream = File.OpenRead(file);
        if (file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            // Skia's codecs do not read SVG; its size is in its root element (published as it is, with no variants).
            return SvgSize.Read(stream);
        }

        using var codec = SKCodec.Create(stream);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return null;
        }

        // Browsers apply the EXIF orientation (image-orientation: from-image), so a quarter turn swaps the sides.
        return codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom
            ? new ImageSize(codec.Info.Height, codec.Info.Width)
            : new ImageSize(codec.Info.Width, codec.Info.Height);
    }
}
