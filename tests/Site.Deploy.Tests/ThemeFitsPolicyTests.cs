using System.Text.RegularExpressions;
using Site.Deploy.Tests.Support;

namespace Site.Deploy.Tests;

/// <summary>The CSP allows no inline script or style: the theme's layouts must not need any.</summary>
public sealed partial class ThemeFitsPolicyTests
{
    public static TheoryData<string> Layouts() =>
        new(Directory.EnumerateFiles(RepositoryFile.Path("theme/layouts"), "*.liquid").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Layouts))]
    public void LayoutHasNoInlineScriptStyleOrEventHandler(string layout)
    {
        var text = RepositoryFile.Read(Path.Combine("theme/layouts", layout));

        // JSON-LD is data that browsers never run: a CSP does not block it.
        Assert.DoesNotContain(ScriptTags().Matches(text), m => !m.Value.Contains("src=", StringComparison.OrdinalIgnoreCase) && !m.Value.Contains("application/ld+json", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotMatch(StyleElementOrAttribute(), text);
        Assert.DoesNotMatch(EventHandlerAttribute(), text);
        Assert.DoesNotContain("javascript:", text, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"<script\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTags();

    [GeneratedRegex(@"<style\b|\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleElementOrAttribute();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}
