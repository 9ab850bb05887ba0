using System.Diagnostics;
using System.Net.Sockets;

using Site.TestSupport;

namespace Site.Build.Tests.Hardening;

/// <summary>Makes what a plain file write cannot, in a test site: symbolic links, named pipes, sockets. A path under <c>theme/</c> goes to the theme, any other to the input.</summary>
internal static class SourceFiles
{
    public static string PathIn(TestSite site, string path)
    {
        var full = path.StartsWith("theme/", StringComparison.Ordinal) ? Path.Combine(site.Theme, path["theme/".Length..]) : Path.Combine(site.Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (File.Exists(full) || new FileInfo(full).LinkTarget is not null)
        {
            File.Delete(full);
        }

        return full;
    }

    public static void Link(TestSite site, string path, string target) => File.CreateSymbolicLink(PathIn(site, path), target);

    /// <summary>A named pipe with no writer: opening it for reading waits for ever.</summary>
    public static void Fifo(TestSite site, string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [PathIn(site, path)]) { RedirectStandardError = true })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>A listening Unix socket; .NET removes its file when it is disposed.</summary>
    public static Socket Listen(TestSite site, string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(PathIn(site, path)));
        socket.Listen();
        return socket;
    }
}
