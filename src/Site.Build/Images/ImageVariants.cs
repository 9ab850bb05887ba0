using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Site.Build.Output;
using Site.Build.Plan;
using Site.Content.Media;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Site;
using SkiaSharp;

namespace Site.Build.Images;

/// <summary>
/// The "make images" step: every picture the site shows (<see cref="PictureUses"/>) that
/// <see cref="ImageSizes.Responsive"/> gives variants gets them, made in parallel into the <see cref="ImageStore"/>
/// unless kept there already, and planned as rows copied from it. A picture that cannot be decoded or is too large is
/// a located error; GIFs, SVGs, animations and other formats are published as they are, with no variants.
/// </summary>
internal static class ImageVariants
{
    public static MadeImages Make(SiteModel site, ImageSizes images, string inputDirectory, ImageStore store, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var uses = PictureUses.Of(site.Entries);
        var tree = SourceTree.Input(inputDirectory);
        var made = 0;
        var reused = 0;
        var responsive = new ResponsiveImage?[uses.Count];
        var pictures = uses.ToList();
        Parallel.For(
            0,
            pictures.Count,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            i =>
            {
                var (path, at) = pictures[i];
                var relative = Uri.UnescapeDataString(path[1..]);
                if (relative.Contains('\0') || !File.Exists(tree.FullPath(relative)) || !tree.IsReadable(relative, new DiagnosticBag()))
                {
                    return; // A missing file is the link check's broken image; a link out of the folder is reported where media is copied.
                }

                var image = images.Responsive(path);
                if (!Inspect(tree.FullPath(relative), relative, image, at, diagnostics) || image is null)
                {
                    return;
                }

                var wanted = image.Variants.Append(image.Social).Where(v => !store.Has(store.PathOf(v, image.Hash))).ToList();
                Interlocked.Add(ref reused, image.Variants.Count + 1 - wanted.Count);
                if (wanted.Count > 0 && !MakeVariants(tree.FullPath(relative), relative, image, wanted, store, at, diagnostics))
                {
                    return;
                }

                Interlocked.Add(ref made, wanted.Count);
                responsive[i] = image;
            });

        var rows = responsive
            .OfType<ResponsiveImage>()
            .SelectMany(image => image.Variants.Append(image.Social).Select(v => new PlannedPage(PageKind.ImageVariant, Uri.UnescapeDataString(v.SitePath[1..]), new FileContent(store.PathOf(v, image.Hash)))
            {
                // The name carries the hash of the source's bytes and of the settings: the same name, the same file.
                MakeFingerprint = () => new FingerprintBuilder().Add("image variant").Add(v.SitePath).ToFingerprint(),
            }))
            .DistinctBy(row => row.Destination, StringComparer.Ordinal)
            .OrderBy(row => row.Destination, StringComparer.Ordinal)
            .ToList();
        return new MadeImages(rows, responsive.Count(r => r is not null), made, reused);
    }

    private static bool MakeVariants(string file, string relative, ResponsiveImage image, IReadOnlyCollection<ImageVariant> wanted, ImageStore store, SourceLocation at, DiagnosticBag diagnostics)
    {
        var bytes = File.ReadAllBytes(file);
        if (HashOf(bytes) != image.Hash)
        {
            // Saved again while the build read it: variants under the old hash's name must not hold the new bytes.
            diagnostics.Error(at, DiagnosticCode.ImageUndecodable, $"the image {relative} changed while the build read it", "build again once the file is saved");
            return false;
        }

        var problem = VariantMaker.Make(bytes, image, wanted, (variant, encoded) =>
        {
            var path = store.PathOf(variant, image.Hash);
            OutputWriteException.Around(path, () => store.Keep(path, encoded));
        });
        if (problem is not null)
        {
            diagnostics.Error(at, DiagnosticCode.ImageUndecodable, $"the image {relative} cannot be decoded: {problem}", "replace it with a JPEG, PNG or WebP file that opens in an image viewer");
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reports what is wrong with a picture: undecodable or too large (errors), or an extension that names another
    /// format than its bytes (a warning); false after an error.
    /// </summary>
    private static bool Inspect(string file, string relative, ResponsiveImage? image, SourceLocation at, DiagnosticBag diagnostics)
    {
        var extension = Path.GetExtension(relative).ToLowerInvariant();
        if (image is null && extension == ".svg")
        {
            return true; // Published as it is; its size comes from its viewBox.
        }

        var empty = new FileInfo(file).Length == 0;
        // The codec owns the stream it is given, and closes it.
        using var codec = empty ? null : SKCodec.Create(File.OpenRead(file), out _);
        if (codec is null)
        {
            var what = empty ? "the file is empty" : "its bytes are not an image SkiaSharp can read";
            diagnostics.Error(at, DiagnosticCode.ImageUndecodable, $"the image {relative} cannot be decoded: {what}", "replace it with a JPEG, PNG or WebP file that opens in an image viewer");
            return false;
        }

        var pixels = (long)codec.Info.Width * codec.Info.Height;
        if (pixels > ImageVariantNames.MaxPixels)
        {
            diagnostics.Error(at, DiagnosticCode.ImageTooLarge,
                string.Create(CultureInfo.InvariantCulture, $"the image {relative} has {codec.Info.Width}×{codec.Info.Height} pixels, more than the limit of {ImageVariantNames.MaxPixels / 1_000_000} million (decompression bombs exist)"),
                "scale it down to at most 3200 px on its longer side before adding it");
            return false;
        }

        if (NameOf(codec.EncodedFormat) is { } real && !ExtensionsOf(codec.EncodedFormat).Contains(extension))
        {
            diagnostics.Warning(at, DiagnosticCode.ImageExtensionMismatch, $"the image {relative} is a {real} file named {extension}", $"rename it to {ExtensionsOf(codec.EncodedFormat)[0]}; it is published as it is (browsers read images by their bytes), its variants are made from its real format");
        }

        return true;
    }

    private static string? NameOf(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => "JPEG",
        SKEncodedImageFormat.Png => "PNG",
        SKEncodedImageFormat.Webp => "WebP",
        SKEncodedImageFormat.Gif => "GIF",
        _ => null,
    };

    private static string[] ExtensionsOf(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => [".jpg", ".jpeg"],
        SKEncodedImageFormat.Png => [".png"],
        SKEncodedImageFormat.Webp => [".webp"],
        SKEncodedImageFormat.Gif => [".gif"],
        _ => [],
    };

    /// <summary>The hash <see cref="ImageSizes.Responsive"/> names variants by: XxHash128 of the bytes and the settings.</summary>
    private static string HashOf(byte[] bytes)
    {
        var hasher = new XxHash128();
        hasher.Append(bytes);
        hasher.Append(Encoding.UTF8.GetBytes(ImageVariantNames.Settings));
        return Convert.ToHexStringLower(hasher.GetCurrentHash())[..12];
    }
}
