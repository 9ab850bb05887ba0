using Site.Core.Pipeline;

namespace Site.Core.Tests.Pipeline;

public sealed class DocumentTests
{
    [Fact]
    public void AFacetOfTheSameTypeReplacesTheFormerOneAndKeepsTheOthers()
    {
        var first = new Document("a.html", TextContent.Of("a")).With(new Kind("page")).With(42);

        var second = first.With(new Kind("print"));

        Assert.Equal("print", second.Get<Kind>().Name);
        Assert.Equal(42, second.Get<int>());
        Assert.Equal("page", first.Get<Kind>().Name);
    }

    [Fact]
    public void AMissingFacetIsNullWhenFoundAndAnErrorWhenRequired()
    {
        var document = new Document("a.html", TextContent.Of("a"));

        Assert.Null(document.Find<Kind>());
        var error = Assert.Throws<InvalidOperationException>(document.Get<Kind>);
        Assert.Contains("a.html", error.Message);
    }

    private sealed record Kind(string Name);
}
