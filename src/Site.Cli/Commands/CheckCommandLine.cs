using System.CommandLine;

using Site.Content.Config;
using Site.Core.Diagnostics;
using Site.Core.Files;

namespace Site.Cli.Commands;

/// <summary><c>site check</c>: checks the links and images of any built folder.</summary>
internal static class CheckCommandLine
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<DirectoryInfo>("--output") { Description = "The built site to check", DefaultValueFactory = _ => new DirectoryInfo("output") };
        var input = new Option<DirectoryInfo>("--input") { Description = $"The content folder, whose {InputLayout.ConfigFile} gives the default base URL", DefaultValueFactory = _ => new DirectoryInfo(InputLayout.Folder) };
        var baseUrl = BaseUrlOption.Create($"The site's address; default: baseUrl of {InputLayout.Folder}/{InputLayout.ConfigFile}, or of --input");
        var external = new Option<bool>("--external") { Description = "Also request links to other sites" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Check every link and image of a built site.") { output, input, baseUrl, external, format };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var url = parsed.GetValue(baseUrl) ?? BaseUrlOfInput(parsed.GetValue(input)!.FullName, stderr);
            if (url is null)
            {
                return ExitCodes.BadUsage;
            }

            return await CheckCommand.RunAsync(parsed.GetValue(output)!.FullName, url, parsed.GetValue(external), parsed.GetValue(format)!, stdout, stderr, cancellationToken);
        });
        return command;
    }

    private static Uri? BaseUrlOfInput(string inputDirectory, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(inputDirectory, diagnostics);
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            stderr.WriteLine(diagnostic);
        }

        if (config is null)
        {
            stderr.WriteLine($"site: give --base-url, or run from the folder that holds {InputLayout.Folder}/{InputLayout.ConfigFile}, or give --input");
        }

        return config?.BaseUrl;
    }
}
