using System.CommandLine;
using System.Runtime.InteropServices;
using Site.Build;
using Site.Core.Files;
using Site.Preview;

namespace Site.Cli.Commands;

/// <summary><c>site serve</c>: a preview on the loopback interface that rebuilds and reloads on every save.</summary>
internal static class ServeCommand
{
    public const string Name = "serve";

    public const string InputHint = $"run site where {InputLayout.Folder}/ is, or pass the folder that holds {InputLayout.ConfigFile}, {InputLayout.Articles}/ and {InputLayout.Pages}/";

    public const string ThemeHint = $"run site where {ThemeLayout.Folder}/ is, or pass the folder that holds {ThemeLayout.Layouts}/, {ThemeLayout.Strings}/ and {ThemeLayout.Assets}/";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = FolderOption.Existing("--input", "Content folder", InputLayout.Folder, InputHint);
        var theme = FolderOption.Existing("--theme", "Theme folder", ThemeLayout.Folder, ThemeHint);
        var port = PortOption.Create(5080);
        var host = new Option<string>("--host") { Description = "Address to listen on; only the loopback by default", DefaultValueFactory = _ => "127.0.0.1" };
        var drafts = new Option<bool>("--drafts") { Description = "Show drafts too" };
        var future = new Option<bool>("--future") { Description = "Show articles dated in the future too" };
        var search = new Option<bool>("--search") { Description = "Index the preview with Pagefind after each rebuild (slower); without it, search pages only say that build makes the index" };
        var verbose = new Option<bool>("--verbose") { Description = "Log each rebuild's steps and the garbage collections" };
        var command = new Command(Name, "Preview the site, rebuilding and reloading on every save.") { input, theme, port, host, drafts, future, search, verbose };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (!System.Net.IPAddress.TryParse(parsed.GetValue(host), out _))
            {
                await stderr.WriteLineAsync($"site: --host must be an IP address, such as 127.0.0.1");
                return ExitCodes.BadUsage;
            }

            var inputDirectory = parsed.GetValue(input)!.FullName;
            using var folder = PreviewFolder.For(inputDirectory);
            var options = new BuildOptions
            {
                InputDirectory = inputDirectory,
                ThemeDirectory = parsed.GetValue(theme)!.FullName,
                OutputDirectory = folder.Path,
                CacheDirectory = folder.CachePath,
                Drafts = parsed.GetValue(drafts),
                Future = parsed.GetValue(future),
                IndexSearch = parsed.GetValue(search),
                BaseUrl = new Uri($"http://{parsed.GetValue(host)}:{parsed.GetValue(port)}/"),
            };
            // Ctrl+C and SIGTERM stop the preview here, and only here (see SiteCommandLine and the preview server's
            // lifetime), so that it always ends through the cleanup below with exit 0; left to the runtime, a SIGTERM
            // could end the process (exit 143) before the folder is removed. The cleanup runs on a pool thread, not
            // on the runtime's signal thread, and a signal arriving after it has begun changes nothing.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var stopping = 0;
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            void Stop(PosixSignalContext signal)
            {
                signal.Cancel = true;
                if (Interlocked.Exchange(ref stopping, 1) == 0)
                {
                    ThreadPool.QueueUserWorkItem(_ =>
                    {
                        try
                        {
                            stop.Cancel();
                        }
                        catch (ObjectDisposedException)
                        {
                            // The preview had already ended (it failed to start).
                        }
                    });
                }
            }

            try
            {
                await using var session = await PreviewSession.StartAsync(options, parsed.GetValue(host)!, parsed.GetValue(port), stderr, parsed.GetValue(verbose), stop.Token);
                await stdout.WriteLineAsync($"Serving {inputDirectory} on {session.Address} (Ctrl+C to stop)");
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Ctrl+C or SIGTERM, while starting or while serving: a clean stop.
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
