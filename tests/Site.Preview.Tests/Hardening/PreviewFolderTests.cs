using System.Net;
using System.Net.Sockets;
using Site.TestSupport;

namespace Site.Preview.Tests.Hardening;

/// <summary>The preview's temporary folder goes away however the preview ends.</summary>
public sealed class PreviewFolderTests : IDisposable
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    private readonly TestSite _site = new();

    public PreviewFolderTests() => _site.Article("articles/2021/sommet.fr.md", "Le sommet", "2021-06-16T18:00:00+02:00");

    [Theory]
    [InlineData(SigInt)]
    [InlineData(SigTerm)]
    public async Task GivenARunningPreviewWhenItIsInterruptedOrStoppedThenItsFolderIsRemoved(int signal)
    {
        using var serve = ServeProcess.Start(_site);
        await serve.AddressAsync();
        Assert.Single(serve.PreviewFolders);

        serve.Signal(signal);

        var exitCode = await serve.WaitForExitAsync();
        Assert.True(exitCode == 0, $"the preview exited with {exitCode}:\n{serve.Errors}");
        Assert.Empty(serve.PreviewFolders);
    }

    [Theory]
    [InlineData(SigInt)]
    [InlineData(SigTerm)]
    public async Task GivenAPreviewStillStartingWhenItIsInterruptedThenItStopsCleanlyAndRemovesItsFolder(int signal)
    {
        using var serve = ServeProcess.Start(_site);
        await serve.StartingAsync();

        serve.Signal(signal);

        var exitCode = await serve.WaitForExitAsync();
        Assert.True(exitCode == 0, $"the preview exited with {exitCode}:\n{serve.Errors}");
        Assert.DoesNotContain("Unhandled exception", serve.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", serve.Errors, StringComparison.Ordinal);
        Assert.Empty(serve.PreviewFolders);
    }

    [Fact]
    public async Task GivenAPortAlreadyTakenWhenThePreviewFailsToStartThenItsFolderIsRemoved()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        using var serve = ServeProcess.Start(_site, ((IPEndPoint)taken.LocalEndpoint).Port);

        Assert.Equal(2, await serve.WaitForExitAsync());
        Assert.Empty(serve.PreviewFolders);
    }

    [Fact]
    public void GivenAFolderLeftByAKilledPreviewWhenThePreviewOfTheSameInputStartsThenItIsEmptiedAndRemovedAtTheEnd()
    {
        var root = Path.Combine(_site.Root, "tmp");
        string path;
        using (var first = PreviewFolder.For(_site.Input, root))
        {
            path = first.Path;
            Directory.CreateDirectory(Path.Combine(path, "fr"));
            File.WriteAllText(Path.Combine(path, "fr", "stale.html"), "stale");
        }

        Directory.CreateDirectory(Path.Combine(path, "fr"));
        File.WriteAllText(Path.Combine(path, "fr", "stale.html"), "left by kill -9");
        using (var second = PreviewFolder.For(_site.Input, root))
        {
            Assert.Equal(path, second.Path);
            Assert.False(Directory.Exists(path));
            Directory.CreateDirectory(path);
        }

        Assert.False(Directory.Exists(path));
    }

    [Fact]
    public void GivenTwoPreviewsOfTheSameInputWhenOneStartsThenItKeepsTheFolderOfTheOtherStillRunningAndClearsThoseOfEndedOnes()
    {
        var root = Path.Combine(_site.Root, "tmp");
        string running, ended;
        using (var own = PreviewFolder.For(_site.Input, root))
        {
            var hash = Path.GetFileName(own.Path)[..Path.GetFileName(own.Path).LastIndexOf('-')];
            var parent = Path.GetDirectoryName(own.Path)!;
            using var other = System.Diagnostics.Process.Start("sleep", "30");
            using var gone = System.Diagnostics.Process.Start("true");
            gone.WaitForExit();
            running = Path.Combine(parent, $"{hash}-{other.Id}");
            ended = Path.Combine(parent, $"{hash}-{gone.Id}");
            Directory.CreateDirectory(Path.Combine(running, "fr"));
            Directory.CreateDirectory(Path.Combine(ended, "fr"));
            Directory.CreateDirectory(ended + ".cache");

            using (var again = PreviewFolder.For(_site.Input, root))
            {
                Assert.NotEqual(running, again.Path);
                Assert.True(Directory.Exists(Path.Combine(running, "fr")), "the folder of a preview still running was emptied");
                Assert.False(Directory.Exists(ended), "the folder of an ended preview was left");
                Assert.False(Directory.Exists(ended + ".cache"));
            }

            Assert.True(Directory.Exists(running), "ending one preview removed another's folder");
            other.Kill();
        }
    }

    public void Dispose() => _site.Dispose();
}
