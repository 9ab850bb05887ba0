using Site.Checks.Tests.Support;

namespace Site.Checks.Tests;

/// <summary>
/// One row per case: an image reference to a file that exists, the file's bytes, the verdict. The bytes decide,
/// not the extension; only references that must be images are judged.
/// </summary>
public sealed class ImageContentTests
{
    private const string Article = "fr/2021/09/x/index.html";

    private static readonly Dictionary<string, byte[]> Contents = new(StringComparer.Ordinal)
    {
        ["jpeg"] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'],
        ["png"] = FixtureSite.PngSignature,
        ["gif"] = "GIF89a\x01\x00\x01\x00"u8.ToArray(),
        ["webp"] = "RIFF\x1a\x00\x00\x00WEBPVP8L"u8.ToArray(),
        ["avif"] = [0, 0, 0, 0x1C, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'a', (byte)'v', (byte)'i', (byte)'f'],
        ["svg"] = "<?xml version=\"1.0\"?>\n<!-- logo -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>"u8.ToArray(),
        ["html"] = "<!DOCTYPE html><html><title>404</title></html>"u8.ToArray(),
        ["text"] = "Photo à venir"u8.ToArray(),
        ["empty"] = [],
        ["mp4"] = [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m'],
        ["truncated jpeg"] = [0xFF, 0xD8],
    };

    [Theory]
    [InlineData("img", "photo.jpg", "jpeg", "ok")]
    [InlineData("img", "photo.jpg", "png", "ok")]
    [InlineData("img", "photo.png", "gif", "ok")]
    [InlineData("img", "photo.webp", "webp", "ok")]
    [InlineData("img", "photo.avif", "avif", "ok")]
    [InlineData("img", "logo.svg", "svg", "ok")]
    [InlineData("img", "photo.jpg", "html", "broken-image: not an image")]
    [InlineData("img", "photo.jpg", "text", "broken-image: not an image")]
    [InlineData("img", "photo.jpg", "empty", "broken-image: not an image")]
    [InlineData("img", "photo.jpg", "mp4", "broken-image: not an image")]
    [InlineData("img", "photo.jpg", "truncated jpeg", "broken-image: not an image")]
    [InlineData("img srcset", "photo.800.webp 800w", "html", "broken-image: not an image")]
    [InlineData("img srcset", "photo.800.webp 800w", "webp", "ok")]
    [InlineData("img srcset", "photo.480.0123456789ab.webp 480w", "empty", "broken-image: not an image")]
    [InlineData("img srcset", "photo.480.0123456789ab.webp 480w", "jpeg", "ok")]
    [InlineData("og:image", "https://example.com/media/case/photo.og.0123456789ab.jpg", "text", "broken-image: not an image")]
    [InlineData("picture source", "photo.800.webp", "empty", "broken-image: not an image")]
    [InlineData("og:image", "https://example.com/media/case/photo.jpg", "html", "broken-image: not an image")]
    [InlineData("og:image", "https://example.com/media/case/photo.jpg", "jpeg", "ok")]
    [InlineData("twitter:image", "photo.jpg", "text", "broken-image: not an image")]
    [InlineData("video poster", "photo.jpg", "html", "broken-image: not an image")]
    [InlineData("a", "photo.jpg", "html", "ok")]
    [InlineData("video", "clip.mp4", "mp4", "ok")]
    public async Task JudgesAnImageByItsBytes(string element, string target, string content, string expected)
    {
        // given a built folder whose article refers to a file holding the case's bytes
        using var folder = new TempFolder();
        string file = target.Split(' ')[0].Split('/')[^1];
        string url = target.StartsWith("https:", StringComparison.Ordinal) ? target : string.Join(' ', target.Split(' ').Select((part, i) => i == 0 ? "/media/case/" + part : part));
        FixtureSite.WriteTo(folder.Path, FixtureSite.Pages(Article, CaseMarkup.For(element, url)));
        Directory.CreateDirectory(Path.Combine(folder.Path, "media", "case"));
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "media", "case", file), Contents[content]);

        // when it is checked
        IReadOnlyList<Finding> findings = await FolderChecker.CheckFolderAsync(folder.Path, new CheckOptions(FixtureSite.BaseUrl), CancellationToken.None);

        // then
        Assert.Equal(expected, findings.Count == 0 ? "ok" : string.Join(", ", findings.Select(f => $"{f.Kind.ToKebabCase()}: {f.Message}")));
        Assert.All(findings, f => Assert.Equal(Article, f.Page));
    }

    [Fact]
    public void JudgesNothingWhenTheBytesAreNotAtHand()
    {
        // A build's list of files with no place on disk (or the preview's): existence only, as before.
        var files = new OutputFileSet(["fr/2021/09/x/index.html", "media/case/photo.jpg"]);
        var page = PageScanner.Scan(Article, FixtureSite.Document("", "<img src=\"/media/case/photo.jpg\" alt=\"\">"));

        Assert.Empty(new LinkChecker(new CheckOptions(FixtureSite.BaseUrl)).CheckInternal([page], files));
    }
}
