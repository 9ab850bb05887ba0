namespace Site.Checks.Rules;

/// <summary>Finds the file a site path is served from, as a static host does: a folder means its index.html.</summary>
internal static class TargetLookup
{
    /// <returns>The file's relative path, or null with the reason in <paramref name="problem"/>.</returns>
    public static string? Find(IOutputFiles files, string path, out string problem)
    {
        problem = "";
        if (path.Length == 0 || path.EndsWith('/'))
        {
            string index = path + "index.html";
            if (files.FileExists(index))
            {
                return index;
            }

            problem = files.DirectoryExists(path)
                ? $"the folder \"{Shown(path)}\" has no index.html"
                : $"\"{path}\" does not exist in the output";
            return null;
        }

        if (files.FileExists(path))
        {
            return path;
        }

        if (files.DirectoryExists(path))
        {
            // A server redirects /fr/tags to /fr/tags/ when the folder has an index.html.
            string index = path + "/index.html";
            if (files.FileExists(index))
            {
                return index;
            }

            problem = $"the folder \"{path}/\" has no index.html";
            return null;
        }

        problem = $"\"{path}\" does not exist in the output";
        return null;
    }

    private static string Shown(string folder) => folder.Length == 0 ? "/" : folder;
}
