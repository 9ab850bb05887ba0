using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using SkiaSharp;

namespace Site.Build.Tests.Images;

/// <summary>Pictures for the image tests, made with SkiaSharp or, for headers Skia cannot write, byte by byte.</summary>
internal static class TestImages
{
    /// <summary>A picture whose left half is red and right half blue, encoded in <paramref name="format"/>.</summary>
    public static byte[] Halves(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.Blue);
        using (var red = new SKPaint { Color = SKColors.Red })
        {
            surface.Canvas.DrawRect(0, 0, width / 2f, height, red);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A JPEG with an EXIF orientation (6: the camera was turned a quarter clockwise) put after its start marker.</summary>
    public static byte[] WithOrientation(byte[] jpeg, ushort orientation)
    {
        var tiff = new byte[] { (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, (byte)(orientation >> 8), (byte)orientation, 0, 0, 0, 0, 0, 0 };
        var payload = Encoding.ASCII.GetBytes("Exif\0\0").Concat(tiff).ToArray();
        var segment = new byte[] { 0xFF, 0xE1, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2) }.Concat(payload);
        return jpeg.Take(2).Concat(segment).Concat(jpeg.Skip(2)).ToArray();
    }

    /// <summary>
    /// A PNG whose header says <paramref name="width"/>×<paramref name="height"/> with one row of pixel data: enough for
    /// a codec to read its size, without the gigabytes a real one would take to make.
    /// </summary>
    public static byte[] PngHeader(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        var zlib = new byte[] { 0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01 };
        return [.. new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, .. Chunk("IHDR", header), .. Chunk("IDAT", zlib), .. Chunk("IEND", [])];
    }

    /// <summary>A 1×1 GIF of two frames that loops: an animation.</summary>
    public static byte[] AnimatedGif()
    {
        byte[] frame = [0x21, 0xF9, 0x04, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00];
        return [.. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF,
            0x21, 0xFF, 0x0B, .. "NETSCAPE2.0"u8, 0x03, 0x01, 0x00, 0x00, 0x00, .. frame, .. frame, 0x3B];
    }

    /// <summary>
    /// An 8×8 CMYK JPEG of one colour, as Photoshop writes them (Adobe marker, inverted ink values: 255 is no ink),
    /// which Skia's encoder cannot make. Baseline: one block per component holding only its DC coefficient.
    /// </summary>
    public static byte[] CmykJpeg(byte cyan, byte magenta, byte yellow, byte black)
    {
        var jpeg = new List<byte> { 0xFF, 0xD8 };
        void Segment(byte marker, IEnumerable<byte> body)
        {
            var bytes = body.ToArray();
            jpeg.AddRange([0xFF, marker, (byte)((bytes.Length + 2) >> 8), (byte)(bytes.Length + 2)]);
            jpeg.AddRange(bytes);
        }

        Segment(0xEE, [.. "Adobe"u8, 0, 100, 0, 0, 0, 0, 0]);
        Segment(0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);
        Segment(0xC0, [8, 0, 8, 0, 8, 4, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0]);
        // DC: twelve 4-bit codes, one per size category 0–11; AC: end-of-block alone, code "0".
        Segment(0xC4, [0x00, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
        Segment(0xC4, [0x10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        Segment(0xDA, [4, 1, 0, 2, 0, 3, 0, 4, 0, 0, 63, 0]);

        var bits = new List<bool>();
        void Write(int value, int count)
        {
            for (var i = count - 1; i >= 0; i--)
            {
                bits.Add(((value >> i) & 1) == 1);
            }
        }

        foreach (var sample in new[] { ink(cyan), ink(magenta), ink(yellow), ink(black) })
        {
            // A flat block's DC coefficient is 8 × (sample − 128); the quantizer is 1.
            var dc = 8 * (sample - 128);
            var size = dc == 0 ? 0 : 32 - int.LeadingZeroCount(Math.Abs(dc));
            Write(size, 4);
            Write(dc >= 0 ? dc : dc + (1 << size) - 1, size);
            Write(0, 1);
        }

        while (bits.Count % 8 != 0)
        {
            bits.Add(true);
        }

        for (var i = 0; i < bits.Count; i += 8)
        {
            var value = (byte)bits.Skip(i).Take(8).Aggregate(0, (a, b) => (a << 1) | (b ? 1 : 0));
            jpeg.Add(value);
            if (value == 0xFF)
            {
                jpeg.Add(0);
            }
        }

        jpeg.AddRange([0xFF, 0xD9]);
        return [.. jpeg];

        static int ink(byte percent) => 255 - (percent * 255 / 100);
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typed));
        return [.. length, .. typed, .. crc];
    }

    /// <summary>The format and size of an image file, as SkiaSharp reads them.</summary>
    public static (SKEncodedImageFormat Format, int Width, int Height) Read(string path)
    {
        using var codec = SKCodec.Create(path) ?? throw new InvalidOperationException($"{path} is not an image");
        return (codec.EncodedFormat, codec.Info.Width, codec.Info.Height);
    }

    /// <summary>The colour of the pixel at (<paramref name="x"/>, <paramref name="y"/>) of an image file.</summary>
    public static SKColor PixelAt(string path, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(path);
        return bitmap.GetPixel(x, y);
    }
}
