using Site.Build.Output;
using Site.TestSupport;

namespace Site.Build.Tests.Hardening;

/// <summary>The previous output is removed with every core, and a link in it is removed, never followed.</summary>
public sealed class FolderRemovalTests
{
    [Fact]
    public void RemovesEveryFolderAndFileButNotWhatALinkPointsTo()
    {
        using var site = new TestSite();
        var old = Path.Combine(site.Root, ".output.old");
        foreach (var language in new[] { "fr", "en", "media" })
        {
            for (var i = 0; i < 20; i++)
            {
                var folder = Directory.CreateDirectory(Path.Combine(old, language, "2020", $"page-{i}"));
                File.WriteAllText(Path.Combine(folder.FullName, "index.html"), "<p>x</p>");
            }
        }

        File.WriteAllText(Path.Combine(old, "robots.txt"), "User-agent: *");
        var elsewhere = Directory.CreateDirectory(Path.Combine(site.Root, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "keep.txt"), "kept");
        Directory.CreateSymbolicLink(Path.Combine(old, "linked"), elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(old, "fr", "linked"), elsewhere);
        File.CreateSymbolicLink(Path.Combine(old, "en", "keep.txt"), Path.Combine(elsewhere, "keep.txt"));

        FolderRemoval.Remove(old);

        Assert.False(Directory.Exists(old));
        Assert.Equal("kept", File.ReadAllText(Path.Combine(elsewhere, "keep.txt")));
    }
}
