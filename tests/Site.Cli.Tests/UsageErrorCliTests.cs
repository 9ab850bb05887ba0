using Site.TestSupport;

namespace Site.Cli.Tests;

/// <summary>
/// Options that cannot work (a port out of range, a folder that does not exist or is a file) are usage errors said
/// before any work: one line naming the option, exit 2, no stack trace, and nothing written.
/// </summary>
public sealed class UsageErrorCliTests
{
    public static TheoryData<string, string> Rows => new()
    {
        { "serve --port 99999", "site: --port " },
        { "serve --port -5", "site: --port " },
        { "serve --input {missing}", "site: --input: " },
        { "serve --theme {missing}", "site: --theme: " },
        { "serve --input {file}", "site: --input: " },
        { "build --input {missing}", "site: --input: " },
        { "build --theme {missing}", "site: --theme: " },
        { "build --theme {file}", "site: --theme: " },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task GivenAnOptionThatCannotWorkWhenRunThenItIsAUsageErrorNamingTheOption(string arguments, string expected)
    {
        using var site = new TestSite();
        site.Article("articles/2021/a.fr.md", "Un article", "2021-06-16T18:00:00+02:00");
        var args = Arguments(site, arguments.Replace("{missing}", Path.Combine(site.Root, "missing")).Replace("{file}", Path.Combine(site.Input, "site.yml")));
        var stderr = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(args, new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.True(stderr.ToString().Contains(expected, StringComparison.Ordinal), stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    /// <summary>The arguments, with the test site's folders for the options the row does not set.</summary>
    private static string[] Arguments(TestSite site, string arguments)
    {
        var args = arguments.Split(' ').ToList();
        foreach (var (option, folder) in new[] { ("--input", site.Input), ("--theme", site.Theme) })
        {
            if (!args.Contains(option))
            {
                args.AddRange([option, folder]);
            }
        }

        if (args[0] == "build")
        {
            args.AddRange(["--output", site.Output]);
        }

        return [.. args];
    }
}
