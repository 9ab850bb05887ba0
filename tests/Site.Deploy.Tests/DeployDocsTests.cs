using Site.Deploy.Tests.Support;

namespace Site.Deploy.Tests;

public sealed class DeployDocsTests
{
    [Fact]
    public void ReadmeLinksTheDeploymentGuide()
    {
        Assert.True(File.Exists(RepositoryFile.Path("docs/deploy.md")));
        Assert.Contains("(docs/deploy.md)", RepositoryFile.Read("README.md"));
    }

    [Theory]
    [InlineData("netlify.toml")]
    [InlineData(".github/workflows/pages.yml")]
    [InlineData("--base-url")]
    [InlineData("CNAME")]
    public void GuideCoversBothHostsTheBaseUrlAndACustomDomain(string text) =>
        Assert.Contains(text, RepositoryFile.Read("docs/deploy.md"));
}
