using Site.Cli;
using Site.TestSupport;

namespace Site.Build.Tests.Hardening;

/// <summary>A disk that fills up while the site is written is an error naming the file, not a crash; the previous site stays.</summary>
public sealed class FullDiskTests
{
    [RootOnLinuxFact]
    public async Task GivenAFullDiskWhenTheSiteIsWrittenThenTheBuildSaysSoWithExit2AndKeepsThePreviousOutput()
    {
        using var site = Builds.Bilingual();
        var disk = Path.Combine(site.Root, "disk");
        using (SmallDisk.Mount(disk, "12m"))
        {
            var output = Path.Combine(disk, "public");
            string[] build = ["build", "--input", site.Input, "--theme", site.Theme, "--output", output];
            Assert.Equal(0, await SiteCommandLine.RunAsync(build, new StringWriter(), new StringWriter()));
            var before = Hashes(output);
            var big = new byte[13 * 1024 * 1024];
            new Random(21).NextBytes(big);
            site.WriteInputBytes("media/archive.bin", big);
            var stderr = new StringWriter();

            var exit = await SiteCommandLine.RunAsync(build, new StringWriter(), stderr);

            Assert.Equal(2, exit);
            var error = Assert.Single(stderr.ToString().Split('\n'), line => line.Contains(": error: ", StringComparison.Ordinal));
            Assert.StartsWith("--output: error: no space left on device while writing '" + disk, error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("in the input", stderr.ToString(), StringComparison.Ordinal);
            Assert.Equal(before, Hashes(output));
            Assert.Equal(["public"], Directory.EnumerateFileSystemEntries(disk).Select(Path.GetFileName).Where(n => n != ".site-cache"));
        }
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
