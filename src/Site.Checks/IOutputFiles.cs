namespace Site.Checks;

/// <summary>The files of the built site, by path relative to the output folder (forward slashes, case-sensitive).</summary>
public interface IOutputFiles
{
    bool FileExists(string relativePath);

    bool DirectoryExists(string relativePath);
}
