using System.Diagnostics;

using Site.TestSupport;

namespace Site.Cli.Tests;

/// <summary>
/// Issue #20: the program keeps in the build cache the methods a build compiled at run time (<c>jit/build</c>), for
/// the next build to compile them on another core meanwhile. The program runs as a child process, as users run it:
/// the profile is the process's, and builds run inside the test process keep none.
/// </summary>
public sealed class JitProfileTests : IDisposable
{
    private readonly TestSite _site = new();

    public JitProfileTests() => _site.Article("articles/2021/a.fr.md", "Un article", "2021-06-16T18:00:00+02:00");

    private string Cache => Path.Combine(_site.Root, "cache");

    private string Profile => Path.Combine(Cache, "jit", "build");

    [Fact]
    public async Task GivenACacheWhenTheProgramBuildsThenItKeepsWhatItCompiledUnderOneName()
    {
        await BuildAsync();

        Assert.True(new FileInfo(Profile).Length > 0, "no profile of compiled methods");
        Assert.Equal(["build"], Directory.GetFiles(Path.Combine(Cache, "jit")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task GivenAProfileWhenTheNextBuildMakesPagesThenItPlaysItAndKeepsItsOwn()
    {
        await BuildAsync();
        var first = File.GetLastWriteTimeUtc(Profile);
        _site.Article("articles/2021/a.fr.md", "Un article", "2021-06-16T18:00:00+02:00", body: "Un paragraphe modifié.\n");

        await BuildAsync();

        Assert.NotEqual(first, File.GetLastWriteTimeUtc(Profile));
        Assert.Contains("Un paragraphe modifié.", _site.ReadOutput("fr/2021/06/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenNothingChangedThenTheProfileOfTheBuildThatMadePagesStays()
    {
        // Files written this instant are read again whatever their stamps say: these are as old as any a user builds.
        foreach (var file in Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        await BuildAsync();
        var made = await File.ReadAllBytesAsync(Profile);

        var stderr = await BuildAsync();

        Assert.Contains("nothing changed", stderr, StringComparison.Ordinal);
        Assert.Equal(made, await File.ReadAllBytesAsync(Profile));
        Assert.Single(Directory.GetFiles(Path.Combine(Cache, "jit")));
    }

    [Fact]
    public async Task GivenADamagedProfileThenTheBuildIgnoresItAndReplacesIt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Profile)!);
        var garbage = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray();
        await File.WriteAllBytesAsync(Profile, garbage);

        await BuildAsync();

        Assert.NotEqual(garbage, await File.ReadAllBytesAsync(Profile));
        Assert.True(_site.OutputExists("fr/2021/06/a/index.html"));
    }

    [Fact]
    public async Task GivenANamedPipeInPlaceOfTheProfileThenTheBuildDoesNotWaitOnIt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Profile)!);
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Profile]))!)
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        await BuildAsync();

        Assert.True(new FileInfo(Profile) is { Length: > 0 } profile && !profile.Attributes.HasFlag(FileAttributes.Device), "the pipe is still there");
    }

    [RootOnLinuxFact]
    public async Task GivenAFullDiskUnderTheCacheThenNoCopyIsLeftBehind()
    {
        using (SmallDisk.Mount(Cache, "2m"))
        {
            await BuildAsync();
            var kept = await File.ReadAllBytesAsync(Profile);
            await FillAsync(Path.Combine(Cache, "filler"));
            _site.Article("articles/2021/a.fr.md", "Un article", "2021-06-16T18:00:00+02:00", body: "Un paragraphe modifié.\n");

            await BuildAsync();

            Assert.Equal(["build", "filler"], Directory.GetFiles(Path.Combine(Cache, "jit")).Concat([Path.Combine(Cache, "filler")]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(kept, await File.ReadAllBytesAsync(Profile));
        }
    }

    [Fact]
    public async Task GivenNoCacheThenNothingIsRecorded()
    {
        await BuildAsync("--no-cache");

        Assert.False(Directory.Exists(Path.Combine(_site.Root, ".site-cache")));
        Assert.False(Directory.Exists(Cache));
    }

    [Fact]
    public async Task GivenABuildInsideTheTestProcessThenItKeepsNoProfile()
    {
        var exit = await SiteCommandLine.RunAsync(
            ["build", "--input", _site.Input, "--theme", _site.Theme, "--output", _site.Output, "--no-check", "--cache", Cache],
            new StringWriter(),
            new StringWriter());

        Assert.Equal(0, exit);
        Assert.False(Directory.Exists(Path.Combine(Cache, "jit")));
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Writes into <paramref name="file"/> until the disk holding it is full.</summary>
    private static async Task FillAsync(string file)
    {
        var block = new byte[64 * 1024];
        await using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1);
        try
        {
            while (true)
            {
                await stream.WriteAsync(block);
            }
        }
        catch (IOException)
        {
            // Full.
        }
    }

    /// <summary>Runs <c>site build</c> as a child process with the test's cache (or <paramref name="cacheOption"/>); returns what it said on stderr.</summary>
    private async Task<string> BuildAsync(params string[] cacheOption)
    {
        string[] cache = cacheOption.Length > 0 ? cacheOption : ["--cache", Cache];
        var (exit, stderr) = await SiteProcess.RunAsync(["build", "--input", _site.Input, "--theme", _site.Theme, "--output", _site.Output, "--no-check", .. cache]);
        Assert.True(exit == 0, stderr);
        return stderr;
    }
}
