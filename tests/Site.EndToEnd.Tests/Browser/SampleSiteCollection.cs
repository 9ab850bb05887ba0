namespace Site.EndToEnd.Tests.Browser;

/// <summary>All browser tests share one build of the sample site and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSite>
{
    public const string Name = "sample site";
}
