using Site.Content.Config;
using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Content.Tests.Config;

public sealed class SettingsReaderTests
{
    [Fact]
    public void TakesDefaultsForWhatIsNotGiven()
    {
        var diagnostics = new DiagnosticBag();
        var map = ConfigYaml.Map("title: x\n", diagnostics);

        Assert.Equal(10, SettingsReader.PageSize(map));
        Assert.Equal(ListStyle.Summary, SettingsReader.Lists(map));
        Assert.Equal(TimeZoneInfo.Utc, SettingsReader.TimeZone(map));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Theory]
    [InlineData("https://example.org", "https://example.org/")]
    [InlineData("https://user.github.io/repo", "https://user.github.io/repo/")]
    public void NormalizesTheBaseUrl(string written, string expected)
    {
        var diagnostics = new DiagnosticBag();

        var url = SettingsReader.BaseUrl(ConfigYaml.Map($"baseUrl: {written}\n", diagnostics));

        Assert.Equal(new Uri(expected), url);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void ReadsTheGivenSettings()
    {
        var diagnostics = new DiagnosticBag();
        var map = ConfigYaml.Map("pageSize: 3\nlists: full\ntimeZone: Europe/Paris\n", diagnostics);

        Assert.Equal(3, SettingsReader.PageSize(map));
        Assert.Equal(ListStyle.Full, SettingsReader.Lists(map));
        Assert.Equal("Europe/Paris", SettingsReader.TimeZone(map).Id);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Theory]
    [InlineData("baseUrl", "title: x\n", 1, 1, "the key 'baseUrl' is missing")]
    [InlineData("baseUrl", "baseUrl: /blog/\n", 1, 10, "'baseUrl' must be an absolute http or https address, not '/blog/'")]
    [InlineData("baseUrl", "baseUrl: ftp://example.org/\n", 1, 10, "absolute http or https")]
    [InlineData("baseUrl", "baseUrl: https://example.org/?a=1\n", 1, 10, "absolute http or https")]
    [InlineData("pageSize", "pageSize: 0\n", 1, 11, "'pageSize' must be at least 1, not 0")]
    [InlineData("pageSize", "pageSize: ten\n", 1, 11, "'pageSize' must be a whole number, not 'ten'")]
    [InlineData("lists", "lists: everything\n", 1, 8, "'lists' must be 'summary' or 'full', not 'everything'")]
    [InlineData("timeZone", "timeZone: Mars/Olympus\n", 1, 11, "'Mars/Olympus' is not a known time zone")]
    public void ReportsAWrongSettingWhereItIsWritten(string setting, string yaml, int line, int column, string message)
    {
        var diagnostics = new DiagnosticBag();
        var map = ConfigYaml.Map(yaml, diagnostics);

        _ = setting switch
        {
            "baseUrl" => SettingsReader.BaseUrl(map),
            "pageSize" => SettingsReader.PageSize(map),
            "lists" => SettingsReader.Lists(map),
            _ => (object)SettingsReader.TimeZone(map),
        };

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
