using Site.Content.Media;
using Site.Core.Model;
using SkiaSharp;

namespace Site.Content.Tests.Media;

public sealed class ImageSizesTests : IDisposable
{
    private readonly string _media = Path.Combine(Path.GetTempPath(), "image-sizes-tests", Guid.NewGuid().ToString("N"), "media");

    public ImageSizesTests() => Directory.CreateDirectory(Path.Combine(_media, "2021"));

    [Theory]
    [InlineData(SKEncodedImageFormat.Png, "2021/chart.png")]
    [InlineData(SKEncodedImageFormat.Jpeg, "2021/photo.jpg")]
    [InlineData(SKEncodedImageFormat.Webp, "2021/photo.webp")]
    public void ReadsTheSizeOfAnImageFromItsFile(SKEncodedImageFormat format, string file)
    {
        Write(file, Encode(30, 20, format));

        var size = new ImageSizes(_media).Find("/media/" + file);

        Assert.Equal(new ImageSize(30, 20), size);
    }

    [Fact]
    public void SwapsTheSidesOfAJpegThatExifTurnsAQuarter()
    {
        Write("2021/portrait.jpg", WithExifOrientation(Encode(30, 20, SKEncodedImageFormat.Jpeg), orientation: 6));

        Assert.Equal(new ImageSize(20, 30), new ImageSizes(_media).Find("/media/2021/portrait.jpg"));
    }

    [Theory]
    [InlineData("/media/2021/missing.png")]
    [InlineData("/media/2021/notes.txt")]
    [InlineData("/media/../secret.png")]
    [InlineData("/assets/site.css")]
    [InlineData("https://example.org/media/2021/chart.png")]
    [InlineData("2021/chart.png")]
    [InlineData(null)]
    public void KnowsNoSizeForWhatIsNotAReadableImageUnderMedia(string? sitePath)
    {
        Write("2021/chart.png", Encode(30, 20, SKEncodedImageFormat.Png));
        Write("2021/notes.txt", "not an image"u8.ToArray());
        File.WriteAllBytes(Path.Combine(_media, "..", "secret.png"), Encode(5, 5, SKEncodedImageFormat.Png));

        Assert.Null(new ImageSizes(_media).Find(sitePath));
    }

    [Fact]
    public void IgnoresTheQueryAndTheFragmentAndDecodesThePath()
    {
        Write("2021/vue de Kiev.png", Encode(8, 4, SKEncodedImageFormat.Png));

        var sizes = new ImageSizes(_media);

        Assert.Equal(new ImageSize(8, 4), sizes.Find("/media/2021/vue%20de%20Kiev.png?v=2#top"));
    }

    [Fact]
    public void ReadsEachFileOnceEvenWhenAskedFromManyThreads()
    {
        Write("2021/chart.png", Encode(30, 20, SKEncodedImageFormat.Png));
        var sizes = new ImageSizes(_media);

        var found = Enumerable.Range(0, 64).AsParallel().Select(_ => sizes.Find("/media/2021/chart.png")).ToList();
        File.Delete(Path.Combine(_media, "2021", "chart.png"));

        Assert.All(found, size => Assert.Equal(new ImageSize(30, 20), size));
        Assert.Equal(new ImageSize(30, 20), sizes.Find("/media/2021/chart.png"));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_media)!, recursive: true);

    private void Write(string file, byte[] bytes) => File.WriteAllBytes(Path.Combine(_media, file), bytes);

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Crimson);
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>Inserts an EXIF segment (APP1) holding only an orientation tag right after the JPEG's start marker.</summary>
    private static byte[] WithExifOrientation(byte[] jpeg, byte orientation)
    {
        byte[] exif =
        [
            0xFF, 0xE1, 0x00, 0x22, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0,
            (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
            0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00,
        ];
        return [.. jpeg[..2], .. exif, .. jpeg[2..]];
    }
}
