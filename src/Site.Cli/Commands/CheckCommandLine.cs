using System.CommandLine;

using Site.Content.Config;
using Site.Core.Diagnostics;

namespace Site.Cli.Commands;

/// <summary><c>site check</c>: checks the links and images of any built folder.</summary>
internal static class CheckCommandLine
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<DirectoryInfo>("--output") { Description = "The built site to check", DefaultValueFactory = _ => new DirectoryInfo("output") };
        var baseUrl = BaseUrlOption.Create("The site's address; default: baseUrl of input/site.yml");
        var external = new Option<bool>("--external") { Description = "Also request links to other sites" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Check every link and image of a built site.") { output, baseUrl, external, format };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var url = parsed.GetValue(baseUrl) ?? BaseUrlOfInput(stderr);
            if (url is null)
            {
                return ExitCodes.BadUsage;
            }

            return await CheckCommand.RunAsync(parsed.GetValue(output)!.FullName, url, parsed.GetValue(external), parsed.GetValue(format)!, stdout, stderr, cancellationToken);
        });
        return command;
    }

    private static Uri? BaseUrlOfInput(TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load("input", diagnostics);
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            stderr.WriteLine(diagnostic);
        }

        if (config is null)
        {
            stderr.WriteLine("site: give --base-url, or run from the folder that holds input/site.yml");
        }

        return config?.BaseUrl;
    }
}
