namespace Site.Build.Tests;

/// <summary>The tests that read the one build of <see cref="BuiltSampleSite"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BuiltSampleSiteCollection : ICollectionFixture<BuiltSampleSite>
{
    public const string Name = "built sample site";
}
