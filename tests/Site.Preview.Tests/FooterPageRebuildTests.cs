using Site.Build;
using Site.TestSupport;

namespace Site.Preview.Tests;

/// <summary>Every page's footer links the pages with <c>footer: true</c>: renaming one rewrites every page of its language.</summary>
public sealed class FooterPageRebuildTests : IDisposable
{
    private const string LegalNotice = "pages/mentions-legales.fr.md";

    private readonly TestSite _site = new();
    private readonly BuildSession _session = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void ARenamedFooterPageReachesEveryPagesFooter()
    {
        _site.Article("articles/2019/ancien.fr.md", "Un ancien article", "2019-01-10T09:00:00+01:00");
        WriteLegalNotice("Mentions légales");
        Assert.Equal(BuildOutcome.Success, Build().Outcome);

        WriteLegalNotice("Informations légales");
        Assert.Equal(BuildOutcome.Success, Build().Outcome);

        Assert.Contains("fr/2019/01/ancien/index.html", _session.LastChanged);
        Assert.Contains("fr/index.html", _session.LastChanged);
        Assert.Contains(">Informations légales</a>", _site.ReadOutput("fr/2019/01/ancien/index.html"));
    }

    private void WriteLegalNotice(string title)
    {
        _site.WriteInput(LegalNotice, $"---\ntitle: {title}\ndate: 2019-01-01T00:00:00+01:00\nfooter: true\n---\nÉditeur.\n");
        File.SetLastWriteTimeUtc(Path.Combine(_site.Input, LegalNotice), DateTime.UtcNow.AddSeconds(Random.Shared.Next(10, 1000)));
    }

    private BuildResult Build() => new SiteBuilder(TextWriter.Null).Build(
        new BuildOptions { InputDirectory = _site.Input, ThemeDirectory = _site.Theme, OutputDirectory = _site.Output, Now = DateTimeOffset.Parse("2026-01-01T00:00:00Z") },
        _session);
}
