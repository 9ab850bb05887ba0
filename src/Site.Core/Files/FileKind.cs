namespace Site.Core.Files;

/// <summary>What a path names, as the file system says (a symbolic link is not followed).</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    Link,

    /// <summary>A named pipe, a socket or a device: opening or reading one can block for ever.</summary>
    Special,

    /// <summary>An entry whose name is not valid UTF-8: no path made from the name read leads back to it.</summary>
    BadName,
}
