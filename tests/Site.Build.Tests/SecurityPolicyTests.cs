namespace Site.Build.Tests;

public sealed class SecurityPolicyTests
{
    [Fact]
    public void EveryPageCarriesTheContentSecurityPolicyBeforeItsFirstLink()
    {
        using var site = Builds.Bilingual();

        Builds.Run(site);

        // The web editor has a policy of its own (Site.Rendering.Tests, DecapPageTests).
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Where(p => !p.StartsWith(Path.Combine(site.Output, "admin") + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var policy = html.IndexOf("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self';", StringComparison.Ordinal);
            Assert.True(policy > 0, $"{page} has no Content-Security-Policy");
            Assert.True(policy < html.IndexOf("<link", StringComparison.Ordinal), $"{page}: the policy must come before the first link");
            Assert.DoesNotContain("unsafe-inline", html);
        }
    }
}
