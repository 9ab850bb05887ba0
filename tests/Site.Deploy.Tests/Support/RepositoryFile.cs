using Site.TestSupport;

namespace Site.Deploy.Tests.Support;

/// <summary>Reads a file of this repository by its path from the root.</summary>
internal static class RepositoryFile
{
    public static string Path(string relativePath) => System.IO.Path.Combine(RepositoryPaths.Root, relativePath);

    public static string Read(string relativePath) => File.ReadAllText(Path(relativePath));
}
