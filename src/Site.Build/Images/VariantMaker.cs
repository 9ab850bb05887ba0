using Site.Content.Media;
using SkiaSharp;

namespace Site.Build.Images;

/// <summary>
/// Makes the files of one picture with SkiaSharp: the source is decoded once (at a reduced scale when its codec can
/// and the largest copy allows it; turned upright by its EXIF orientation, as browsers show it; converted to sRGB),
/// then each WebP width and the 1200×630 JPEG crop are drawn from it with mipmapped sampling (only ever smaller).
/// </summary>
internal static class VariantMaker
{
    public const int WebpQuality = 80;
    public const int JpegQuality = 82;

    // Downscaling only: trilinear mipmaps are what Skia's former "high quality" chose when shrinking.
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    /// <summary>Makes <paramref name="wanted"/> (variants of <paramref name="image"/>) from the source's bytes.</summary>
    /// <param name="keep">Receives each encoded file.</param>
    /// <returns>Null when every file was made, or what is wrong with the source.</returns>
    public static string? Make(byte[] source, ResponsiveImage image, IReadOnlyCollection<ImageVariant> wanted, Action<ImageVariant, byte[]> keep)
    {
        using var upright = Decode(source, image, wanted, out var problem);
        if (upright is null)
        {
            return problem;
        }

        foreach (var variant in wanted)
        {
            var social = variant == image.Social;
            keep(variant, Draw(upright, variant, social));
        }

        return null;
    }

    private static byte[] Draw(SKImage upright, ImageVariant variant, bool social)
    {
        var info = new SKImageInfo(variant.Width, variant.Height, SKColorType.Rgba8888, social ? SKAlphaType.Opaque : SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"Skia could not allocate {variant.Width}×{variant.Height} pixels");
        var canvas = surface.Canvas;
        var source = SKRect.Create(upright.Width, upright.Height);
        if (social)
        {
            // A JPEG has no transparency: transparent parts of a PNG go on white, not black. Cover: the centre of the
            // source at the crop's ratio, scaled to the crop's size.
            canvas.Clear(SKColors.White);
            source = CentreCrop(upright.Width, upright.Height, variant.Width / (double)variant.Height);
        }
        else
        {
            canvas.Clear(SKColors.Transparent);
        }

        using (var paint = new SKPaint())
        {
            canvas.DrawImage(upright, source, SKRect.Create(variant.Width, variant.Height), Sampling, paint);
        }

        canvas.Flush();
        using var snapshot = surface.Snapshot();
        using var data = snapshot.Encode(social ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Webp, social ? JpegQuality : WebpQuality)
            ?? throw new InvalidOperationException($"Skia could not encode {variant.SitePath}");
        return data.ToArray();
    }

    /// <summary>The largest rectangle of ratio <paramref name="ratio"/> (width / height) centred in a <paramref name="width"/>×<paramref name="height"/> picture.</summary>
    internal static SKRect CentreCrop(int width, int height, double ratio)
    {
        if (width / (double)height > ratio)
        {
            var cropWidth = (float)(height * ratio);
            return SKRect.Create((width - cropWidth) / 2, 0, cropWidth, height);
        }

        var cropHeight = (float)(width / ratio);
        return SKRect.Create(0, (height - cropHeight) / 2, width, cropHeight);
    }

    /// <summary>The source decoded, upright and in sRGB, no larger than the largest copy needs; null when it cannot be decoded.</summary>
    private static SKImage? Decode(byte[] bytes, ResponsiveImage image, IReadOnlyCollection<ImageVariant> wanted, out string? problem)
    {
        problem = null;
        using var codec = SKCodec.Create(new MemoryStream(bytes, writable: false), out var created);
        if (codec is null)
        {
            problem = $"its bytes are not an image SkiaSharp can read ({created})";
            return null;
        }

        var origin = codec.EncodedOrigin;
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var scaled = ScaledSize(codec, image, wanted, turned);
        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo(scaled.Width, scaled.Height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb());
        using var pixels = SKData.Create(info.BytesSize64);
        var result = codec.GetPixels(info, pixels.Data);
        if (result != SKCodecResult.Success)
        {
            problem = result == SKCodecResult.IncompleteInput
                ? "the file is cut short (a truncated or partly copied image)"
                : $"its pixels cannot be decoded ({result})";
            return null;
        }

        var decoded = SKImage.FromPixels(info, pixels, info.RowBytes);
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return decoded;
        }

        // The EXIF orientation, as the matrix that puts the stored pixels upright (Skia's SkEncodedOriginToMatrix).
        var (w, h) = turned ? (scaled.Height, scaled.Width) : (scaled.Width, scaled.Height);
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, w, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, w, -1, 0, h, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, h, 0, 0, 1),
        };
        using var surface = SKSurface.Create(new SKImageInfo(w, h, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb()));
        surface.Canvas.SetMatrix(matrix);
        using (decoded)
        {
            surface.Canvas.DrawImage(decoded, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        }

        surface.Canvas.Flush();
        return surface.Snapshot();
    }

    /// <summary>
    /// The smallest size the codec decodes to (JPEG: eighths of the full size) that still holds the widest copy and
    /// the crop at full resolution; the full size for codecs that cannot scale.
    /// </summary>
    private static SKSizeI ScaledSize(SKCodec codec, ResponsiveImage image, IReadOnlyCollection<ImageVariant> wanted, bool turned)
    {
        var full = codec.Info.Size;
        var width = image.Size.Width;
        var height = image.Size.Height;
        var crop = CentreCrop(width, height, image.Social.Width / (double)image.Social.Height);
        var needed = wanted.Max(v => v == image.Social ? v.Width / (double)crop.Width : v.Width / (double)width);
        if (needed >= 1)
        {
            return full;
        }

        var scaled = codec.GetScaledDimensions((float)needed);
        var (scaledWidth, scaledHeight) = turned ? (scaled.Height, scaled.Width) : (scaled.Width, scaled.Height);
        var enough = scaledWidth >= Math.Ceiling(width * needed) && scaledHeight >= Math.Ceiling(height * needed);
        return enough && scaled.Width > 0 && scaled.Height > 0 ? scaled : full;
    }
}
