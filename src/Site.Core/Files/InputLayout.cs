namespace Site.Core.Files;

/// <summary>The one place that names the parts of the input folder: <c>site.yml</c>, <c>articles/</c>, <c>pages/</c> and <c>media/</c>.</summary>
public static class InputLayout
{
    /// <summary>The input folder's usual name, under the current folder: the default of <c>--input</c>.</summary>
    public const string Folder = "input";

    public const string ConfigFile = "site.yml";

    public const string Articles = "articles";

    /// <summary>Stand-alone pages (about, legal notice).</summary>
    public const string Pages = "pages";

    /// <summary>Images and other files copied as they are to the site's <c>/media/</c>.</summary>
    public const string Media = "media";

    public static string ConfigPath(string inputDirectory) => Path.Combine(inputDirectory, ConfigFile);

    public static string MediaPath(string inputDirectory) => Path.Combine(inputDirectory, Media);

    /// <summary>
    /// How to name a file of the input folder for its author: relative to <paramref name="currentDirectory"/> when the
    /// input folder is under it (<c>input/articles/2021/x.fr.md</c>), in full otherwise; always with '/'.
    /// </summary>
    /// <param name="relative">The file's path relative to the input folder, with '/'.</param>
    public static string DisplayPath(string inputDirectory, string relative, string currentDirectory)
    {
        var full = Path.GetFullPath(inputDirectory, currentDirectory);
        var fromHere = Path.GetRelativePath(currentDirectory, full);
        var folder = fromHere == "." ? string.Empty
            : fromHere == ".." || fromHere.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(fromHere) ? full
            : fromHere;
        folder = Path.TrimEndingDirectorySeparator(folder).Replace('\\', '/');
        return folder.Length == 0 ? relative : folder + "/" + relative;
    }

    /// <summary>As <see cref="DisplayPath(string, string, string)"/>, from the process's current folder.</summary>
    public static string DisplayPath(string inputDirectory, string relative) =>
        DisplayPath(inputDirectory, relative, Environment.CurrentDirectory);
}
