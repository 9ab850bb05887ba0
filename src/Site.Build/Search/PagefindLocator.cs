namespace Site.Build.Search;

/// <summary>Finds the Pagefind binary that <c>npm ci</c> installs at the repository root, or the one named by <c>PAGEFIND</c>.</summary>
internal static class PagefindLocator
{
    public const string EnvironmentVariable = "PAGEFIND";

    /// <param name="named">The binary named by the options or by <c>PAGEFIND</c>, which is then the only place looked at.</param>
    /// <returns>The binary's full path, or null when there is none.</returns>
    public static string? Find(string inputDirectory, string? named)
    {
        if (!string.IsNullOrEmpty(named))
        {
            return File.Exists(named) ? Path.GetFullPath(named) : null;
        }

        for (var folder = new DirectoryInfo(Path.GetFullPath(inputDirectory)); folder is not null; folder = folder.Parent)
        {
            foreach (var name in BinaryNames)
            {
                var candidate = Path.Combine(folder.FullName, "node_modules", ".bin", name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>npm writes a shell script on Unix, and a <c>.cmd</c> beside it on Windows.</summary>
    private static string[] BinaryNames => OperatingSystem.IsWindows() ? ["pagefind.cmd", "pagefind.exe"] : ["pagefind"];
}
