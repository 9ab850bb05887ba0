using System.CommandLine;

namespace Site.Cli.Commands;

/// <summary>An option naming a folder the command reads: one that does not exist is a usage error, said before any work.</summary>
internal static class FolderOption
{
    public static Option<DirectoryInfo> Existing(string name, string description, string defaultFolder, string hint)
    {
        var option = new Option<DirectoryInfo>(name) { Description = description, DefaultValueFactory = _ => new DirectoryInfo(defaultFolder) };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<DirectoryInfo>() is { } folder && !Directory.Exists(folder.FullName))
            {
                var what = File.Exists(folder.FullName) ? "is a file, not a folder" : "does not exist";
                result.AddError($"{name}: '{folder.FullName}' {what} ({hint})");
            }
        });
        return option;
    }
}
