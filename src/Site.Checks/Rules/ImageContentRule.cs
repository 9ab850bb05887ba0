namespace Site.Checks.Rules;

/// <summary>
/// An image reference (<c>img</c>, a <c>srcset</c> candidate, <c>og:image</c>…) whose target exists but whose bytes
/// are not an image: a page saved under a picture's name, an empty file, a text file renamed. Browsers show a broken
/// image and social networks no preview. The bytes decide, not the extension: a PNG named .jpg is an image.
/// </summary>
internal static class ImageContentRule
{
    private const int HeadLength = 1024;

    public static Finding? Check(PageScan page, PageReference reference, string file, IOutputFiles files)
    {
        if (!reference.IsImage || files is not OutputFileSet { Locate: { } locate } set || locate(file) is not { } path)
        {
            return null;
        }

        return set.IsImage.GetOrAdd(path, HoldsAnImage)
            ? null
            : Findings.For(page, reference, FindingKind.BrokenImage, "not an image");
    }

    private static bool HoldsAnImage(string path)
    {
        byte[] head;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            head = new byte[HeadLength];
            head = head[..stream.ReadAtLeast(head, HeadLength, throwOnEndOfStream: false)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Whether the file exists was decided already; what cannot be read is not judged.
            return true;
        }

        return ImageSignature.IsImage(head);
    }
}
