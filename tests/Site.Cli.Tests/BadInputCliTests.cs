using System.Text;

using Site.TestSupport;

namespace Site.Cli.Tests;

/// <summary>The real command line answers bad input with located errors on stderr and exit 2: no stack trace, no exception name.</summary>
public sealed class BadInputCliTests
{
    private const string Valid = "---\ntitle: A\ndate: 2021-06-16T18:00:00+02:00\ncategory: monde\n---\nTexte.\n";

    public static TheoryData<string, string, string> Rows => new()
    {
        { "articles/2021/a.fr.md", "---\ntitle: A\ndate: 2021-06-16T18:00:00+02:00\ncategory: [monde\n---\n", "articles/2021/a.fr.md:4:11: error: this is not valid YAML" },
        { "articles/2021/a.fr.md", Valid.Replace("title: A", "title: A\uFFFF"), "articles/2021/a.fr.md:2:9: error: the file is not valid UTF-8" },
        { "articles/2021/a.fr.md", Valid.Replace("Texte.", new string('[', 50_000)), "articles/2021/a.fr.md:6: error: the Markdown is nested more than 64 levels deep" },
        { "articles/2021/a.fr.md", Valid.Replace("category: monde", "category: monde\ntags: " + new string('[', 100_000)), "articles/2021/a.fr.md:5:70: error: the YAML is nested more than 64 levels deep" },
        { "articles/2021/a.fr.md", Valid.Replace("2021-06-16T18:00:00+02:00", "0001-01-01"), "articles/2021/a.fr.md:3:7: error: '0001-01-01' is not a valid date" },
        { "articles/2021/a.fr.md", Valid.Replace("Texte.", "> " + string.Concat(Enumerable.Repeat("> ", 10_000))), "articles/2021/a.fr.md:6: error: the Markdown is nested more than 64 levels deep" },
        { "site.yml", TestSite.BilingualConfig.Replace("pageSize: 10", "pageSize: 0"), "site.yml:8:11: error: 'pageSize' must be at least 1, not 0" },
        { "theme/layouts/article.liquid", "{% if entry.title %}\n<h1>{{ entry.title }</h1>\n", "theme/layouts/article.liquid:2:19: error: Liquid syntax error" },
        { "theme/layouts/article.liquid", "<h1>{{ entry.title | divided_by: 0 }}</h1>\n", "theme/layouts/article.liquid: error: the layout failed while rendering a page: Attempted to divide by zero." },
        { "theme/layouts/article.liquid", "<h1>{{ t.titel }}</h1>\n", "theme/layouts/article.liquid:1:10: error: the UI string 'titel' is used here but no language defines it" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task PrintsLocatedErrorsWithoutAStackTrace(string path, string text, string expected)
    {
        using var site = new TestSite();
        site.WriteInput("articles/2021/b.fr.md", Valid);
        var bytes = Encoding.UTF8.GetBytes(text.Replace("\uFFFF", "\u0001")).Select(b => b == 0x01 ? (byte)0xFF : b).ToArray();
        File.WriteAllBytes(path.StartsWith("theme/", StringComparison.Ordinal) ? Path.Combine(site.Root, path) : Path.Combine(site.Input, path), bytes);
        var stderr = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.True(stderr.ToString().Contains(expected, StringComparison.Ordinal), stderr.ToString());
        AssertNoStackTrace(stderr.ToString());
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("input")]
    [InlineData("theme")]
    [InlineData("input/site.yml")]
    [InlineData("/")]
    public async Task RefusesADangerousOutputFolderWithoutAStackTrace(string output)
    {
        using var site = new TestSite();
        site.WriteInput("articles/2021/b.fr.md", Valid);
        var stderr = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["build", "--input", site.Input, "--theme", site.Theme, "--output", output == "/" ? "/" : Path.Combine(site.Root, output)], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("--output: error: ", stderr.ToString(), StringComparison.Ordinal);
        AssertNoStackTrace(stderr.ToString());
        Assert.True(File.Exists(Path.Combine(site.Input, "site.yml")));
    }

    private static void AssertNoStackTrace(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }
}
