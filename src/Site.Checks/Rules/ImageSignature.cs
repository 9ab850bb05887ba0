using System.Text;

namespace Site.Checks.Rules;

/// <summary>Whether the first bytes of a file are those of an image format browsers show (its "magic number").</summary>
internal static class ImageSignature
{
    private static readonly byte[][] Prefixes =
    [
        [0xFF, 0xD8, 0xFF], // JPEG
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], // PNG
        "GIF87a"u8.ToArray(),
        "GIF89a"u8.ToArray(),
        "BM"u8.ToArray(), // BMP
        [0x00, 0x00, 0x01, 0x00], // ICO
        [0xFF, 0x0A], // JPEG XL codestream
        [0x00, 0x00, 0x00, 0x0C, (byte)'J', (byte)'X', (byte)'L', (byte)' '], // JPEG XL container
    ];

    // ISO base media files whose brand is a picture (AVIF, HEIF); a video has another brand.
    private static readonly string[] PictureBrands = ["avif", "avis", "heic", "heix", "mif1", "msf1"];

    public static bool IsImage(ReadOnlySpan<byte> head)
    {
        foreach (var prefix in Prefixes)
        {
            if (head.StartsWith(prefix))
            {
                return true;
            }
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return true;
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) && PictureBrands.Contains(Encoding.ASCII.GetString(head[8..12])))
        {
            return true;
        }

        return IsSvg(head);
    }

    // An SVG is XML text whose root element is svg: look for "<svg" after an optional declaration, comments and doctype.
    private static bool IsSvg(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF').TrimStart();
        return text.StartsWith('<') && text.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }
}
