using System.Diagnostics;

using Site.Core.Diagnostics;
using Site.TestSupport;

using static Site.Build.Tests.Hardening.InputFiles;
using static Site.Build.Tests.Hardening.SourceFiles;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// The build reads only ordinary files from inside input/ and theme/: a symbolic link whose target leaves its folder,
/// loops or dangles, and a named pipe, socket or device, is a located error (exit 2, the previous output kept), found
/// without opening it, so that nothing from outside is published and nothing blocks. Links inside the folder work.
/// </summary>
public sealed class SourceFileSafetyTests
{
    /// <summary>The link (under input/, or under theme/ when it says so), its target ({root}: the test site's folder, outside both), where the error points.</summary>
    public static TheoryData<string, string, string> LinksLeavingTheFolder => new()
    {
        { "media/passwd.txt", "/etc/passwd", "media/passwd.txt" },
        { "media/root", "/", "media/root" },
        { "media/outside.png", "../../outside.txt", "media/outside.png" },
        { "media/everything", "../..", "media/everything" },
        { "articles/2021/x.fr.md", "{root}/outside.md", "articles/2021/x.fr.md" },
        { "articles/elsewhere", "{root}/elsewhere", "articles/elsewhere" },
        { "pages/x.fr.md", "../../outside.md", "pages/x.fr.md" },
        { "site.yml", "{root}/outside.yml", "site.yml" },
        { "theme/assets/x.css", "../../outside.txt", "theme/assets/x.css" },
        { "theme/layouts/article.liquid", "{root}/outside.liquid", "theme/layouts/article.liquid" },
        { "theme/i18n/en.yml", "../../input/site.yml", "theme/i18n/en.yml" },
    };

    /// <summary>Links (path and target, alternating) that loop or lead nowhere; where the error points and the target it names.</summary>
    public static TheoryData<string, string[], string, string> LinksLeadingNowhere => new()
    {
        { "a link to its own folder's parent", ["media/loop", ".."], "media/loop", ".." },
        { "a link to itself", ["media/self", "self"], "media/self", "self" },
        { "two links to each other", ["media/a", "b", "media/b", "a"], "media/a", "b" },
        { "a link to the folder above it", ["media/d/up", "../../media"], "media/d/up", "../../media" },
        { "two folders linking to each other", ["media/x/y", "../y", "media/y/x", "../x"], "media/x/y/x", "../x" },
        { "a dangling media link", ["media/dangling.png", "nowhere.png"], "media/dangling.png", "nowhere.png" },
        { "a dangling article", ["articles/2021/gone.fr.md", "gone.md"], "articles/2021/gone.fr.md", "gone.md" },
        { "site.yml linking to itself", ["site.yml", "site.yml"], "site.yml", "site.yml" },
        { "a dangling asset", ["theme/assets/gone.css", "gone.css"], "theme/assets/gone.css", "gone.css" },
        { "a layout linking to itself", ["theme/layouts/article.liquid", "article.liquid"], "theme/layouts/article.liquid", "article.liquid" },
        { "dangling UI strings", ["theme/i18n/en.yml", "nowhere.yml"], "theme/i18n/en.yml", "nowhere.yml" },
    };

    public static TheoryData<string, string> SpecialFiles => new()
    {
        { "fifo", "articles/2021/f.fr.md" },
        { "fifo", "pages/f.fr.md" },
        { "fifo", "media/geneve.png" },
        { "socket", "media/s.png" },
        { "fifo", "site.yml" },
        { "fifo", "theme/layouts/article.liquid" },
        { "fifo", "theme/layouts/extra.liquid" },
        { "fifo", "theme/i18n/en.yml" },
        { "fifo", "theme/assets/f.css" },
    };

    [Theory]
    [MemberData(nameof(LinksLeavingTheFolder))]
    public void RefusesALinkWhoseTargetLeavesItsFolder(string link, string target, string file)
    {
        using var site = Builds.Bilingual();
        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);
        var before = site.OutputHashes();
        File.WriteAllText(Path.Combine(site.Root, "outside.txt"), "secret");
        File.WriteAllText(Path.Combine(site.Root, "outside.md"), Valid);
        File.WriteAllText(Path.Combine(site.Root, "outside.yml"), TestSite.BilingualConfig);
        File.Copy(Path.Combine(site.Theme, "layouts", "article.liquid"), Path.Combine(site.Root, "outside.liquid"));
        Directory.CreateDirectory(Path.Combine(site.Root, "elsewhere"));
        File.WriteAllText(Path.Combine(site.Root, "elsewhere", "b.fr.md"), Valid);
        target = target.Replace("{root}", site.Root, StringComparison.Ordinal);

        Link(site, link, target);
        var result = Builds.Run(site);

        AssertRefused(result, file, $"'{target}' leads outside");
        Assert.Equal(before, site.OutputHashes());
    }

    [Theory]
    [MemberData(nameof(LinksLeadingNowhere))]
    public void RefusesALinkThatLoopsOrDangles(string name, string[] links, string file, string target)
    {
        using var site = Builds.Bilingual();
        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);
        var before = site.OutputHashes();

        for (var i = 0; i < links.Length; i += 2)
        {
            Link(site, links[i], links[i + 1]);
        }

        var result = Builds.Run(site);

        AssertRefused(result, file, $"'{target}'", name);
        Assert.Equal(before, site.OutputHashes());
    }

    [Theory]
    [MemberData(nameof(SpecialFiles))]
    public void RefusesANamedPipeOrASocketWithoutOpeningIt(string kind, string path)
    {
        using var site = Builds.Bilingual();
        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);
        var before = site.OutputHashes();

        if (kind == "fifo")
        {
            Fifo(site, path);
        }

        using var socket = kind == "socket" ? Listen(site, path) : null;
        var result = Builds.Run(site);

        AssertRefused(result, path, "not a regular file");
        Assert.Equal(before, site.OutputHashes());
    }

    [Fact]
    public void RefusesAFileWhoseNameIsNotUtf8WithAHintToRenameIt()
    {
        using var site = Builds.Bilingual();
        var cache = Path.Combine(site.Root, "cache");
        // Files as old as a user's: the next build trusts their sizes and times, and would find nothing changed.
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        Assert.Equal(BuildOutcome.Success, Builds.Run(site, cache: cache).Outcome);
        var bad = "\"$1\"/articles/2021/$'b\\xff.fr.md'";
        Bash(site, $"cp \"$1\"/articles/2021/poutine.fr.md {bad} && touch -d '1 hour ago' {bad}");

        // With the cache of a build that did not have it: the file is news to the listing that says what changed.
        var result = Builds.Run(site, cache: cache);
        Bash(site, $"rm {bad}"); // .NET cannot name it to delete it.

        AssertRefused(result, "articles/2021/b\uFFFD.fr.md", "not valid UTF-8");
        Assert.Contains("rename it", result.Diagnostics.Single(d => d.Severity == Severity.Error).Hint, StringComparison.Ordinal);
    }

    /// <summary>Runs <paramref name="script"/> with the input folder as $1: bash writes bytes that .NET cannot put in a name.</summary>
    private static void Bash(TestSite site, string script)
    {
        using var bash = Process.Start(new ProcessStartInfo("bash", ["-c", script, "bash", site.Input]))!;
        bash.WaitForExit();
        Assert.Equal(0, bash.ExitCode);
    }

    private static void AssertRefused(BuildResult result, string file, string message, string? name = null)
    {
        Assert.True(result.Outcome == BuildOutcome.BadInput, $"{name}: exit {result.Outcome}\n{string.Join('\n', result.Diagnostics)}");
        var error = result.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error && d.File == file);
        Assert.True(error is not null, $"{name}: no error on {file} in:\n{string.Join('\n', result.Diagnostics)}");
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Hint));
        BadInputTests.AssertNoStackTrace(result);
    }
}
