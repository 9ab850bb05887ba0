using System.Diagnostics;

namespace Site.TestSupport;

/// <summary>A small tmpfs mounted on a folder, unmounted when disposed: a disk that fills up. Root on Linux only (<see cref="RootOnLinuxFactAttribute"/>).</summary>
public sealed class SmallDisk : IDisposable
{
    private readonly string _folder;

    private SmallDisk(string folder) => _folder = folder;

    /// <param name="size">As mount(8)'s <c>size=</c> option gives it: <c>2m</c>, <c>12m</c>.</param>
    public static SmallDisk Mount(string folder, string size)
    {
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", folder);
        return new SmallDisk(folder);
    }

    public void Dispose() => Run("umount", _folder);

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: {error}");
    }
}
