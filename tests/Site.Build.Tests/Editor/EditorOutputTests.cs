using Site.Rendering.Editor;
using Site.TestSupport;

namespace Site.Build.Tests.Editor;

/// <summary>The web editor's files in the output: written by every build, kept out of the sitemap and the search index.</summary>
public sealed class EditorOutputTests
{
    [Fact]
    public void GivenASiteWhenBuildingThenTheEditorsPageAndConfigurationAreWrittenAndNotIndexed()
    {
        using var site = Builds.Bilingual();

        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);

        var page = site.ReadOutput("admin/index.html");
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", page, StringComparison.Ordinal);
        Assert.Contains(DecapPage.ScriptUrl, page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pagefind-body", page, StringComparison.Ordinal);
        Assert.Contains("folder: \"input/articles\"", site.ReadOutput("admin/config.yml"), StringComparison.Ordinal);
        Assert.DoesNotContain("admin", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void GivenTheGitHubBackendInSiteYmlWhenBuildingThenTheConfigurationAndPolicyNameIt()
    {
        using var site = new TestSite(TestSite.BilingualConfig + "\neditor: { backend: github, repo: redaction/journal }\n");
        site.Article("articles/2021/a.fr.md", "Un article", "2021-06-16T18:00:00+02:00");

        Assert.Equal(BuildOutcome.Success, Builds.Run(site).Outcome);

        Assert.Contains("name: github\n  repo: \"redaction/journal\"\n  branch: \"main\"\n", site.ReadOutput("admin/config.yml"), StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' https://api.github.com;", site.ReadOutput("admin/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void GivenNetlifyWhenItServesTheEditorThenItsHeaderPolicyIsThePagesOwn()
    {
        var netlify = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify.toml"));

        Assert.Contains($"for = \"/admin/*\"\n  [headers.values]\n    Content-Security-Policy = \"{DecapPage.SecurityPolicy(new())}\"", netlify, StringComparison.Ordinal);
    }
}
