using Site.Content.Markdown;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Core.Urls;

namespace Site.Content.Tests.Markdown;

public sealed class TableAlignmentTests
{
    [Fact]
    public void AlignsTableColumnsWithClassesThatThePagesPolicyAllows()
    {
        var body = Render("| Name | Capacity | Status |\n|:--|--:|:-:|\n| TurkStream | 31.5 | open |\n");

        Assert.DoesNotContain("style=", body.Html);
        Assert.Contains("<th class=\"align-left\">Name</th>", body.Html);
        Assert.Contains("<td class=\"align-right\">31.5</td>", body.Html);
        Assert.Contains("<td class=\"align-center\">open</td>", body.PrintHtml);
    }

    [Fact]
    public void LeavesColumnsWithoutAlignmentBare()
    {
        var body = Render("| a | b |\n|---|---|\n| 1 | 2 |\n");

        Assert.Contains("<td>1</td>", body.Html);
    }

    [Fact]
    public void DropsTheInlineColumnWidthsOfGridTables()
    {
        var body = Render("+-----+---------------+\n| a   | b             |\n+=====+===============+\n| 1   | 2             |\n+-----+---------------+\n");

        Assert.Contains("<table>", body.Html);
        Assert.DoesNotContain("style=", body.Html);
    }

    private static Core.Site.RenderedBody Render(string markdown) =>
        new MarkdownRenderer(new SourceLinkMap(new Dictionary<string, string>()), new UrlBuilder(new Uri("https://example.org/"))).Render(
            new Article
            {
                SourcePath = "articles/2020/t.en.md",
                Kind = ContentKind.Article,
                Language = "en",
                Name = "t",
                Title = "T",
                Date = DateTimeOffset.Parse("2020-01-08T08:30:00+01:00"),
                Slug = "t",
                Body = markdown,
            },
            new DiagnosticBag());
}
