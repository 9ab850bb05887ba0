using Site.Core.Diagnostics;
using Site.Rendering.Templates;
using Site.TestSupport;

namespace Site.Rendering.Tests.Templates;

public sealed class TemplateSetTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("Tom & \"Jerry\" l'été", "Tom &amp; &quot;Jerry&quot; l&#39;été")]
    [InlineData("« déjà » +02:00", "« déjà » +02:00")]
    public void EncodesPrintedValuesAsHtmlButKeepsLettersAndTypography(string value, string expected)
    {
        using var site = new TestSite();
        site.WriteTheme("layouts/404.liquid", "{{ value }}|{{ value | raw }}");
        var templates = TemplateSet.Load(site.Theme, new DiagnosticBag())!;

        var html = templates.Render("404", new Dictionary<string, object?> { ["value"] = value });

        Assert.Equal($"{expected}|{value}", html);
    }

    [Fact]
    public void ReportsALiquidSyntaxErrorWithTheTemplateFileAndLine()
    {
        using var site = new TestSite();
        site.WriteTheme("layouts/tags.liquid", "<ul>\n{% for tag in tags %}\n<li>{{ tag.name }}</li>\n");
        var diagnostics = new DiagnosticBag();

        var templates = TemplateSet.Load(site.Theme, diagnostics);

        Assert.Null(templates);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("theme/layouts/tags.liquid", error.File);
        Assert.Contains("Liquid syntax error", error.Message);
    }

    [Fact]
    public void ReportsAMissingLayout()
    {
        using var site = new TestSite();
        File.Delete(Path.Combine(site.Theme, "layouts", "print.liquid"));
        var diagnostics = new DiagnosticBag();

        TemplateSet.Load(site.Theme, diagnostics);

        Assert.Contains(diagnostics.ToSortedList(), d => d.File == "theme/layouts/print.liquid" && d.Message.Contains("no 'print' layout"));
    }
}
