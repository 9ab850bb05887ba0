using Site.Content.Config;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.TestSupport;

namespace Site.Content.Tests;

/// <summary>The bilingual configuration of the test sites, parsed.</summary>
internal static class TestConfig
{
    public static SiteConfig Bilingual { get; } = SiteConfigLoader.Parse(TestSite.BilingualConfig, new DiagnosticBag())!;
}
