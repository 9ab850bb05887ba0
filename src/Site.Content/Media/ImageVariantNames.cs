using System.Globalization;

using Site.Core.Model;

namespace Site.Content.Media;

/// <summary>
/// Which copies a source picture gets and what they are called. The widths are 480, 800, 1200 and 1600 px, never
/// wider than the source: the ones wider than it are replaced by one copy at the source's own width, so a 1,000 px
/// picture gets 480, 800 and 1000. The social crop is 1200×630 (1.91:1), smaller with the same ratio when the
/// source is too small, never enlarged. Names: <c>/media/2021/kiev.800.&lt;hash&gt;.webp</c> and
/// <c>/media/2021/kiev.og.&lt;hash&gt;.jpg</c>, beside the source.
/// </summary>
public static class ImageVariantNames
{
    public static readonly IReadOnlyList<int> Widths = [480, 800, 1200, 1600];

    /// <summary>Pictures with more pixels than this get no variants and are refused (decompression bombs exist).</summary>
    public const long MaxPixels = 50_000_000;

    public const int SocialWidth = 1200;
    public const int SocialHeight = 630;

    /// <summary>The encoder settings, part of every hash: change them and every variant is made again.</summary>
    public const string Settings = "webp q80; og jpeg q82 1200x630 cover; v1";

    /// <summary>The widths of the WebP copies of a picture of <paramref name="size"/>, narrowest first.</summary>
    public static IReadOnlyList<int> WidthsFor(ImageSize size)
    {
        var widths = Widths.Where(w => w < size.Width).ToList();
        if (size.Width <= Widths[^1])
        {
            widths.Add(size.Width);
        }

        return widths;
    }

    /// <summary>The size of the social crop of a picture of <paramref name="size"/>: 1200×630, or the largest 1.91:1 box inside it.</summary>
    public static ImageSize SocialSizeFor(ImageSize size)
    {
        var width = Math.Min(SocialWidth, Math.Min(size.Width, (int)Math.Floor(size.Height * (double)SocialWidth / SocialHeight)));
        var height = (int)Math.Round(width * (double)SocialHeight / SocialWidth);
        return new ImageSize(Math.Max(1, width), Math.Max(1, height));
    }

    /// <summary>The variants of the picture published at <paramref name="source"/> (<c>/media/…/x.jpg</c>) with content hash <paramref name="hash"/>.</summary>
    public static ResponsiveImage For(string source, ImageSize size, string hash)
    {
        var dot = source.LastIndexOf('.');
        var stem = dot > source.LastIndexOf('/') ? source[..dot] : source;
        var variants = WidthsFor(size)
            .Select(w => new ImageVariant($"{stem}.{w.ToString(CultureInfo.InvariantCulture)}.{hash}.webp", w, HeightAt(size, w)))
            .ToList();
        var social = SocialSizeFor(size);
        return new ResponsiveImage(source, size, hash, variants, new ImageVariant($"{stem}.og.{hash}.jpg", social.Width, social.Height));
    }

    private static int HeightAt(ImageSize size, int width) => Math.Max(1, (int)Math.Round(size.Height * (double)width / size.Width));
}
