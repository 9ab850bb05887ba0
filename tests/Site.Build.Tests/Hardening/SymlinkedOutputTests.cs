using System.Security.Cryptography;

using Site.Cli;
using Site.TestSupport;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// The output and cache guards compare where paths really lead: a symbolic link in any component (such as
/// <c>self -> .</c>) or a <c>..</c> after a link never lets the build replace the input, the theme or the repository.
/// </summary>
public sealed class SymlinkedOutputTests
{
    /// <summary>Links made in the test site's root (name, target relative to the root), then the output or cache given.</summary>
    public static TheoryData<string, string, string, string> Rows => new()
    {
        { "self", ".", "--output", "self/input" },
        { "self", ".", "--output", "self/theme" },
        { "self", ".", "--output", "self/input/media" },
        { "self", ".", "--output", "self/./input/" },
        { "self", ".", "--output", "self" },
        { "self", ".", "--output", "self/self/self/theme/layouts" },
        { "alias", ".", "--output", "output/../alias/input" },
        { "deep", "input/media", "--output", "deep/.." },
        { "deep", "input/media", "--output", "deep/../../input" },
        { "out", "input", "--output", "out" },
        { "out", "theme/layouts", "--output", "out/site" },
        { ".public.old", "input", "--output", "public" },
        { ".public.tmp", "theme", "--output", "public" },
        { "self", ".", "--cache", "self/input" },
        { "self", ".", "--cache", "self/input/.site-cache" },
        { "self", ".", "--cache", "self/theme" },
        { "self", ".", "--cache", "self/output" },
        { "self", ".", "--cache", "self" },
        { "alias", ".", "--cache", "output/../alias/theme/cache" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void GivenALinkToTheSourcesWhenItIsTheOutputOrCacheThenTheBuildRefusesAndChangesNothing(string link, string target, string option, string folder)
    {
        using var site = Builds.Bilingual();
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, link), target);
        var before = Hashes(site.Root);

        var result = new SiteBuilder(TextWriter.Null).Build(new BuildOptions
        {
            InputDirectory = site.Input,
            ThemeDirectory = site.Theme,
            OutputDirectory = option == "--output" ? Path.Combine(site.Root, folder) : site.Output,
            CacheDirectory = option == "--cache" ? Path.Combine(site.Root, folder) : null,
            Now = Builds.Now,
        });

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        Assert.Equal(option, Assert.Single(result.Diagnostics).File);
        Assert.Equal(before, Hashes(site.Root));
    }

    [Fact]
    public async Task GivenALinkToTheCurrentFolderWhenTheCommandLineOutputGoesThroughItThenInputIsUntouchedAndTheExitCodeIs2()
    {
        using var site = Builds.Bilingual();
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "self"), ".");
        var before = Hashes(site.Input);
        var stderr = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["build", "--input", site.Input, "--theme", site.Theme, "--output", Path.Combine(site.Root, "self", "input")], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("--output: error: ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, Hashes(site.Input));
    }

    [Fact]
    public void GivenALinkToAFolderElsewhereWhenItIsTheOutputThenTheSiteIsBuiltThere()
    {
        using var site = Builds.Bilingual();
        var elsewhere = Path.Combine(site.Root, "www", "site");
        Directory.CreateDirectory(elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "public"), elsewhere);

        var result = Builds.Run(site, output: Path.Combine(site.Root, "public"));

        Assert.Equal(BuildOutcome.Success, result.Outcome);
        Assert.True(File.Exists(Path.Combine(elsewhere, "fr", "index.html")));
    }

    [Fact]
    public void GivenALoopOfLinksWhenItIsTheOutputThenTheBuildRefusesIt()
    {
        using var site = Builds.Bilingual();
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "a"), "b");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "b"), "a");

        var result = Builds.Run(site, output: Path.Combine(site.Root, "a", "site"));

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        Assert.Equal("--output", Assert.Single(result.Diagnostics).File);
    }

    [CaseInsensitiveFileSystemFact]
    public void GivenACaseInsensitiveFileSystemWhenTheOutputIsTheInputSpelledOtherwiseThenTheBuildRefusesIt()
    {
        using var site = Builds.Bilingual();
        var before = Hashes(site.Input);

        var result = Builds.Run(site, output: Path.Combine(site.Root, "INPUT"));

        Assert.Equal(BuildOutcome.BadInput, result.Outcome);
        Assert.Equal(before, Hashes(site.Input));
    }

    /// <summary>Every file under <paramref name="root"/> (links not followed) with a hash of its content.</summary>
    private static List<string> Hashes(string root) =>
        Entries(new DirectoryInfo(root))
            .Select(e => Path.GetRelativePath(root, e.FullName) + (e.LinkTarget is { } target ? " -> " + target : e is FileInfo file ? " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName))) : "/"))
            .Order(StringComparer.Ordinal)
            .ToList();

    // By hand rather than with RecurseSubdirectories: where the file system does not give an entry's type, .NET asks
    // stat(), which follows links, and then walks down a link to "." (self/self/self/…) until the kernel says ELOOP.
    private static IEnumerable<FileSystemInfo> Entries(DirectoryInfo folder)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }))
        {
            yield return entry;
            if (entry is DirectoryInfo directory && directory.LinkTarget is null)
            {
                foreach (var inner in Entries(directory))
                {
                    yield return inner;
                }
            }
        }
    }
}
