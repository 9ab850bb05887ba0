using System.Text.Json;

namespace Site.Checks.Tests;

public sealed class FindingReportTests
{
    private static readonly Finding[] Findings =
    [
        new("fr/2021/09/été/index.html", 12, 5, "img", "/media/x.jpg", FindingKind.BrokenImage, "\"media/x.jpg\" does not exist in the output")
        {
            SourceFile = "input/articles/2021/été.fr.md",
        },
        new("fr/2021/09/été/index.html", 14, 3, "a", "#notes", FindingKind.BrokenFragment, "no \"notes\""),
        new("index.html", 2, 1, "a", "https://example.org/", FindingKind.Unverified, "HTTP 429 Too Many Requests"),
    ];

    [Fact]
    public void WritesTextGroupedByPageWithTheCountsAtTheEnd()
    {
        // given the findings of two pages, when
        var text = new StringWriter { NewLine = "\n" };
        FindingReport.WriteText(Findings, text);

        // then
        Assert.Equal(
            """
            fr/2021/09/été/index.html (from input/articles/2021/été.fr.md)
              12:5  img  broken-image  /media/x.jpg  "media/x.jpg" does not exist in the output
              14:3  a  broken-fragment  #notes  no "notes"

            index.html
              2:1  a  unverified  https://example.org/  HTTP 429 Too Many Requests

            2 errors, 1 warning (1 broken-fragment, 1 broken-image, 1 unverified)

            """,
            text.ToString());
    }

    [Fact]
    public void SaysSoWhenThereIsNothingToReport()
    {
        var text = new StringWriter();

        FindingReport.WriteText([], text);

        Assert.Equal("No broken links, images or fragments found.", text.ToString().TrimEnd());
    }

    [Fact]
    public void WritesJsonWithExactlyTheKeysOfTheSpec()
    {
        // when
        var text = new StringWriter();
        FindingReport.WriteJson(Findings, text);

        // then
        using JsonDocument json = JsonDocument.Parse(text.ToString());
        Assert.Equal(3, json.RootElement.GetArrayLength());
        JsonElement first = json.RootElement[0];
        Assert.Equal(
            ["page", "line", "column", "element", "url", "kind", "message"],
            first.EnumerateObject().Select(property => property.Name));
        Assert.Equal("fr/2021/09/été/index.html", first.GetProperty("page").GetString());
        Assert.Equal(12, first.GetProperty("line").GetInt32());
        Assert.Equal(5, first.GetProperty("column").GetInt32());
        Assert.Equal("broken-image", first.GetProperty("kind").GetString());
        Assert.Equal("unverified", json.RootElement[2].GetProperty("kind").GetString());
    }

    [Fact]
    public void WritesNonAsciiAsItselfAndIndents()
    {
        var text = new StringWriter();

        FindingReport.WriteJson(Findings[..1], text);

        Assert.Contains("\"page\": \"fr/2021/09/été/index.html\"", text.ToString());
        Assert.Contains("\"message\": \"\\\"media/x.jpg\\\" does not exist in the output\"", text.ToString());
        Assert.StartsWith("[" + Environment.NewLine + "  {", text.ToString());
    }

    [Fact]
    public void WritesAnEmptyArrayWhenThereIsNothingToReport()
    {
        var text = new StringWriter();

        FindingReport.WriteJson([], text);

        Assert.Equal("[]", text.ToString().TrimEnd());
    }
}
