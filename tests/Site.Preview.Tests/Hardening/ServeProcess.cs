using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Site.TestSupport;

namespace Site.Preview.Tests.Hardening;

/// <summary>
/// The real <c>site serve</c> (site.dll, next to the tests) as a process of its own, with its temporary folder under
/// <see cref="TemporaryRoot"/>: a crash then ends that process, not the tests, and signals reach it as they would
/// from a terminal.
/// </summary>
internal sealed partial class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstError = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(TestSite site, string temporaryRoot, int port)
    {
        TemporaryRoot = temporaryRoot;
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "site.dll"), "serve", "--input", site.Input, "--theme", site.Theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TMPDIR"] = temporaryRoot;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) =>
        {
            var at = e.Data?.IndexOf(" on http://", StringComparison.Ordinal) ?? -1;
            if (at >= 0)
            {
                _address.TrySetResult(new Uri(e.Data![(at + 4)..].Split(' ')[0]));
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }

            _firstError.TrySetResult();
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string TemporaryRoot { get; }

    /// <summary>The preview folders left under the temporary root.</summary>
    public IReadOnlyList<string> PreviewFolders =>
        Directory.Exists(Path.Combine(TemporaryRoot, "site-preview")) ? Directory.GetDirectories(Path.Combine(TemporaryRoot, "site-preview")) : [];

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Errors
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static ServeProcess Start(TestSite site, int port = 0)
    {
        var temporaryRoot = Path.Combine(site.Root, "tmp");
        Directory.CreateDirectory(temporaryRoot);
        return new ServeProcess(site, temporaryRoot, port);
    }

    /// <summary>Waits until the preview says where it serves, or fails the test if it ends first.</summary>
    public async Task<Uri> AddressAsync()
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_address.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(first == _address.Task, $"the preview did not start (exited: {_process.HasExited}):\n{Errors}");
        return await _address.Task;
    }

    /// <summary>Waits for the first line of progress: the first build is starting.</summary>
    public async Task StartingAsync() =>
        Assert.True(await Task.WhenAny(_firstError.Task, Task.Delay(TimeSpan.FromSeconds(60))) == _firstError.Task, "the preview printed nothing");

    /// <summary>Sends a signal as a terminal or a service manager would (SIGINT for Ctrl+C, SIGTERM to stop).</summary>
    public void Signal(int signal) => Assert.Equal(0, Kill(_process.Id, signal));

    public async Task<int> WaitForExitAsync()
    {
        var exited = _process.WaitForExitAsync();
        Assert.True(await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(60))) == exited, $"the preview did not stop:\n{Errors}");
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
