using Site.TestSupport;

namespace Site.Cli.Tests;

/// <summary>What the build prints for authors: the line of each error with a caret, and a summary in words.</summary>
public sealed class CodeFrameCliTests
{
    [Fact]
    public async Task GivenAnApostropheInASingleQuotedTitleThenStderrShowsTheLineAndACaretUnderTheApostrophe()
    {
        using var site = new TestSite();
        site.WriteInput("articles/2021/a.fr.md", "---\ntitle: 'L'opposition conteste'\ndate: 2021-06-16T18:00:00+02:00\ncategory: monde\n---\nTexte.\n");
        var stderr = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        var lines = stderr.ToString().Split('\n');
        var error = Array.FindIndex(lines, l => l.StartsWith("articles/2021/a.fr.md:2:10: error: ", StringComparison.Ordinal));
        Assert.True(error >= 0, stderr.ToString());
        Assert.Contains("write an apostrophe twice, ''", lines[error], StringComparison.Ordinal);
        Assert.Equal("2 | title: 'L'opposition conteste'", lines[error + 1]);
        Assert.Equal("  |          ^", lines[error + 2]);
        Assert.DoesNotContain('\u001B', stderr.ToString());
    }

    [Fact]
    public async Task GivenASuccessfulBuildThenTheSummaryCountsFilesInWordsWithSingularAndPlural()
    {
        using var site = new TestSite();
        site.Article("articles/2021/a.fr.md", "Un article", "2021-06-16T18:00:00+02:00");
        var stdout = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output], stdout, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Matches(@"^Built \d+ files: 1 article, 1 print page, [^;]*\d+ not-found pages, 1 root page, [^;]*2 sitemaps, 1 robots\.txt[^;]*; 1 warning; ", stdout.ToString()); // the warning: example.org, the placeholder baseUrl
    }
}
