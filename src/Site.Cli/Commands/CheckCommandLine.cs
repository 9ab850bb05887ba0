using System.CommandLine;

using Site.Build;
using Site.Checks;
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
        var input = new Option<DirectoryInfo>("--input") { Description = $"The content folder, whose {InputLayout.ConfigFile} gives the default base URL and whose files findings name", DefaultValueFactory = _ => new DirectoryInfo(InputLayout.Folder) };
        var theme = new Option<DirectoryInfo>("--theme") { Description = "The theme the site was built with, to tell which input file each page comes from", DefaultValueFactory = _ => new DirectoryInfo("theme") };
        var baseUrl = BaseUrlOption.Create($"The site's address; default: baseUrl of {InputLayout.Folder}/{InputLayout.ConfigFile}, or of --input");
        var external = new Option<bool>("--external") { Description = "Also request links to other sites" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Check every link and image of a built site.") { output, input, theme, baseUrl, external, format };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var url = parsed.GetValue(baseUrl) ?? BaseUrlOfInput(parsed.GetValue(input)!.FullName, stderr);
            if (url is null)
            {
                return ExitCodes.BadUsage;
            }

            var outputDir = parsed.GetValue(output)!.FullName;
            var sources = SourcesOf(parsed.GetValue(input)!.FullName, parsed.GetValue(theme)!.FullName, outputDir, stderr, cancellationToken);
            var options = new CheckOptions(url) { External = parsed.GetValue(external) };
            return await CheckCommand.RunAsync(outputDir, options, parsed.GetValue(format)!, stdout, stderr, cancellationToken, sources);
        });
        return command;
    }

    /// <summary>Which input file each page comes from, when the input folder is there and builds; null otherwise.</summary>
    private static IReadOnlyDictionary<string, string>? SourcesOf(string inputDirectory, string themeDirectory, string outputDirectory, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(inputDirectory, InputLayout.ConfigFile)) || !Directory.Exists(themeDirectory))
        {
            return null;
        }

        var sources = PageSources.Of(new BuildOptions { InputDirectory = inputDirectory, ThemeDirectory = themeDirectory, OutputDirectory = outputDirectory }, cancellationToken);
        if (sources is null)
        {
            stderr.WriteLine($"site check: the input folder \"{inputDirectory}\" has errors, so findings do not name their input files ('site build' shows the errors)");
        }

        return sources;
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
