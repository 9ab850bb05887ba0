namespace Site.TestSupport;

/// <summary>Tiny valid image files for test sites.</summary>
public static class Png
{
    /// <summary>A 1×1 transparent PNG.</summary>
    public static readonly byte[] OnePixel = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}
