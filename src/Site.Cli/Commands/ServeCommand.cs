using System.CommandLine;
using System.IO.Hashing;
using System.Text;
using Site.Build;
using Site.Preview;

namespace Site.Cli.Commands;

/// <summary><c>site serve</c>: a preview on the loopback interface that rebuilds and reloads on every save.</summary>
internal static class ServeCommand
{
    public const string InputHint = "run site where input/ is, or pass the folder that holds site.yml, articles/ and pages/";

    public const string ThemeHint = "run site where theme/ is, or pass the folder that holds layouts/, i18n/ and assets/";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = FolderOption.Existing("--input", "Content folder", "input", InputHint);
        var theme = FolderOption.Existing("--theme", "Theme folder", "theme", ThemeHint);
        var port = PortOption.Create(5080);
        var host = new Option<string>("--host") { Description = "Address to listen on; only the loopback by default", DefaultValueFactory = _ => "127.0.0.1" };
        var drafts = new Option<bool>("--drafts") { Description = "Show drafts too" };
        var future = new Option<bool>("--future") { Description = "Show articles dated in the future too" };
        var command = new Command("serve", "Preview the site, rebuilding and reloading on every save.") { input, theme, port, host, drafts, future };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (!System.Net.IPAddress.TryParse(parsed.GetValue(host), out _))
            {
                await stderr.WriteLineAsync($"site: --host must be an IP address, such as 127.0.0.1");
                return ExitCodes.BadUsage;
            }

            var inputDirectory = parsed.GetValue(input)!.FullName;
            var options = new BuildOptions
            {
                InputDirectory = inputDirectory,
                ThemeDirectory = parsed.GetValue(theme)!.FullName,
                OutputDirectory = PreviewFolder(inputDirectory),
                Drafts = parsed.GetValue(drafts),
                Future = parsed.GetValue(future),
                BaseUrl = new Uri($"http://{parsed.GetValue(host)}:{parsed.GetValue(port)}/"),
            };
            await using var session = await PreviewSession.StartAsync(options, parsed.GetValue(host)!, parsed.GetValue(port), stderr, cancellationToken);
            await stdout.WriteLineAsync($"Serving {inputDirectory} on {session.Address} (Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C.
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A folder of its own for each input folder, outside the repository, emptied at start.</summary>
    private static string PreviewFolder(string inputDirectory)
    {
        var hash = Convert.ToHexStringLower(XxHash64.Hash(Encoding.UTF8.GetBytes(inputDirectory)));
        var folder = Path.Combine(Path.GetTempPath(), "site-preview", hash);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return folder;
    }
}
