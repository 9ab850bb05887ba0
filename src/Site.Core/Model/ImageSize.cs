namespace Site.Core.Model;

/// <summary>The size in pixels at which a browser shows an image file (EXIF rotation applied).</summary>
public readonly record struct ImageSize(int Width, int Height);
