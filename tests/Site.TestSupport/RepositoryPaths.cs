namespace Site.TestSupport;

/// <summary>Finds folders of this repository (the default theme, the sample input) from a test's working folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string Input => Path.Combine(Root, "input");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Site.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Site.sln not found above " + AppContext.BaseDirectory);
    }
}
