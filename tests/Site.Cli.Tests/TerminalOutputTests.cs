using Site.TestSupport;

namespace Site.Cli.Tests;

/// <summary>What the command line prints about bad input cannot forge lines or send escape sequences to the terminal.</summary>
public sealed class TerminalOutputTests
{
    private const string Valid = "---\ntitle: A\ndate: 2021-06-16T18:00:00+02:00\ncategory: monde\n---\nTexte.\n";

    [Fact]
    public async Task GivenAFileNameWithALineBreakAndAnEscapeWhenBuiltThenStderrHasOneLinePerErrorAndNoControlCharacter()
    {
        using var site = new TestSite();
        site.WriteInput("articles/2021/b.fr.md", Valid);
        site.WriteInput("articles/2021/x\u001B[2J\n1:1: error: forged.fr.md", "");
        site.WriteInput("articles/2021/c.fr.md", Valid.Replace("title: A", "title: A\nslug: \"c\\e]0;pwned\\a\\n1:1: error: forged\""));
        var stderr = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        var lines = stderr.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(stderr.ToString().Replace(Environment.NewLine, string.Empty, StringComparison.Ordinal), c => char.IsControl(c));
        Assert.DoesNotContain(lines, line => line.StartsWith("1:1:", StringComparison.Ordinal));
        Assert.Equal(2, lines.Count(line => line.StartsWith("articles/2021/", StringComparison.Ordinal) && line.Contains(": error: ", StringComparison.Ordinal)));
    }
}
