namespace Site.EndToEnd.Tests.Browser;

/// <summary>The tests of the media article share one build of it and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class MediaSiteCollection : ICollectionFixture<MediaSite>
{
    public const string Name = "media site";
}
