using System.Text.Json;
using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Site.Build;
using Site.EndToEnd.Tests.Browser;
using Site.Rendering.Editor;
using Site.TestSupport;

namespace Site.EndToEnd.Tests;

/// <summary>
/// The web editor (<c>/admin/</c>) as a journalist uses it: Decap CMS from the npm package, served in place of its CDN,
/// with Decap's in-memory <c>test-repo</c> backend in place of Git Gateway (its files are <c>window.repoFiles</c>).
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class EditorTests(SampleSite site)
{
    private const string SampleArticle = "input/articles/2021/allemagne-elections-apres-merkel";

    // Every file Decap's test backend holds, by path.
    private const string RepoFiles = """
        () => {
          const files = {};
          const walk = node => {
            for (const value of Object.values(node)) {
              if (value && typeof value.path === 'string' && 'content' in value) files[value.path] = String(value.content);
              else if (value && typeof value === 'object') walk(value);
            }
          };
          walk(window.repoFiles || {});
          return files;
        }
        """;

    [EditorFact]
    public async Task GivenTheSampleArticlesWhenTheEditorOpensThenTheCollectionListsThemAndTheFormOffersTheSiteCategories()
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await ServeEditorAsync(page);
        await page.AddInitScriptAsync($"window.repoFiles = {JsonSerializer.Serialize(SampleRepository())};");

        await OpenCollectionAsync(session);

        // Both languages' files are one entry, listed by the default language's title.
        await page.GetByText("L’Allemagne vote pour tourner la page Merkel").WaitForAsync();
        Assert.Equal(0, await page.GetByText("Germany votes to turn the Merkel page").CountAsync());

        await page.Locator("a[href$='/collections/articles/new']").ClickAsync();
        await page.Locator("input[id^='category-field-']").Nth(0).ClickAsync();
        var options = await page.GetByRole(AriaRole.Option).AllTextContentsAsync();
        Assert.Equal(["Europe", "Moyen-Orient / Middle East", "Afrique / Africa", "Économie / Economy", "Culture", "Sciences / Science"], options);
        Assert.Empty(session.Problems);
    }

    [EditorFact]
    public async Task GivenAnArticleWrittenInBothLanguagesWhenPublishedThenItsTwoFilesBuildIntoTwoArticles()
    {
        await using var session = await site.OpenAsync();
        var page = session.Page;
        await ServeEditorAsync(page);
        await OpenCollectionAsync(session);

        // The default language on the left, the other on the right.
        await page.Locator("a[href$='/collections/articles/new']").ClickAsync();
        var titles = page.Locator("input[id^='title-field-']");
        await titles.Nth(0).FillAsync("Élections : la « surprise » de l’été");
        await page.Locator("input[type='datetime-local']").Nth(0).FillAsync("2025-06-15T10:30");
        await page.Locator("input[id^='category-field-']").Nth(0).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Moyen-Orient / Middle East" }).ClickAsync();
        await page.Locator("input[id^='tags-field-']").Nth(0).FillAsync("Syrie, Turquie");
        await page.Locator("[data-slate-editor]").Nth(0).ClickAsync();
        await page.Keyboard.TypeAsync("Premier paragraphe en français.");
        await titles.Nth(1).FillAsync("Elections: the summer surprise");
        await page.Locator("input[id^='tags-field-']").Nth(1).FillAsync("Syria");
        await page.Locator("[data-slate-editor]").Nth(1).ClickAsync();
        await page.Keyboard.TypeAsync("First paragraph in English.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier" }).First.ClickAsync();
        await page.GetByText("Publier maintenant").ClickAsync();
        await page.WaitForFunctionAsync($"() => Object.keys(({RepoFiles})()).length >= 2");

        var files = await page.EvaluateAsync<Dictionary<string, string>>(RepoFiles);
        Assert.Empty(session.Problems);
        Assert.Equal(2, files.Count);
        var french = Assert.Single(files.Keys, f => f.EndsWith(".fr.md", StringComparison.Ordinal));
        var name = FrenchFile().Match(french);
        Assert.True(name.Success, french);
        Assert.Equal(french[..^".fr.md".Length] + ".en.md", Assert.Single(files.Keys, f => f != french));

        using var input = new TemporaryInput();
        foreach (var (path, text) in files)
        {
            input.Write(path["input/".Length..], text);
        }

        var result = new SiteBuilder(TextWriter.Null).Build(new BuildOptions
        {
            InputDirectory = input.Input,
            ThemeDirectory = RepositoryPaths.Theme,
            OutputDirectory = input.Output,
            Now = SampleSite.Now,
        });
        Assert.True(result.Outcome == BuildOutcome.Success, string.Join("\n", result.Diagnostics.Concat<object>(result.Findings).Append(string.Join("\n---\n", files.Values))));
        var slug = name.Groups["name"].Value;
        Assert.Contains("Élections : la « surprise » de l’été", input.ReadOutput($"fr/2025/06/{slug}/index.html"), StringComparison.Ordinal);
        var english = input.ReadOutput($"en/2025/06/{slug}/index.html");
        Assert.Contains("First paragraph in English.", english, StringComparison.Ordinal);
        Assert.Contains("/en/categories/middle-east/", english, StringComparison.Ordinal);
        Assert.Contains($"hreflang=\"fr\" href=\"https://example.org/fr/2025/06/{slug}/\"", english, StringComparison.Ordinal);
    }

    private static async Task OpenCollectionAsync(PageSession session)
    {
        await session.GotoAsync("/admin/");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await session.Page.Locator("a[href$='/collections/articles/new']").WaitForAsync();
    }

    /// <summary>Decap's script from the npm package where the page asks its CDN; the test backend in the configuration.</summary>
    private static async Task ServeEditorAsync(IPage page)
    {
        var cdn = DecapPage.ScriptUrl[..(DecapPage.ScriptUrl.LastIndexOf('/') + 1)];
        await page.RouteAsync(cdn + "**", async route =>
        {
            var file = Path.Combine(Tools.DecapDist, Path.GetFileName(new Uri(route.Request.Url).AbsolutePath));
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Path = file,
                ContentType = "text/javascript; charset=utf-8",
                Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" },
            });
        });
        await page.RouteAsync("**/admin/config.yml", async route =>
        {
            var response = await route.FetchAsync();
            var yaml = await response.TextAsync();
            Assert.Matches(Backend(), yaml);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = Backend().Replace(yaml, "backend:\n  name: test-repo\n"), ContentType = "text/yaml" });
        });
    }

    /// <summary>
    /// One sample article in both languages, as Decap's test backend holds files: a tree of folders, except that it
    /// lists a collection from the key named as the whole <c>folder</c> of the collection (<c>input/articles</c>).
    /// </summary>
    private static Dictionary<string, object> SampleRepository()
    {
        var year = new Dictionary<string, object>();
        foreach (var language in new[] { "fr", "en" })
        {
            var path = $"{SampleArticle}.{language}.md";
            year[Path.GetFileName(path)] = new Dictionary<string, string> { ["path"] = path, ["content"] = File.ReadAllText(Path.Combine(RepositoryPaths.Root, path)) };
        }

        return new Dictionary<string, object> { ["input/articles"] = new Dictionary<string, object> { ["2021"] = year } };
    }

    [GeneratedRegex(@"^backend:\n(  .*\n)+", RegexOptions.Multiline)]
    private static partial Regex Backend();

    [GeneratedRegex(@"^input/articles/2025/(?<name>[a-z0-9]+(-[a-z0-9]+)*)\.fr\.md\z")]
    private static partial Regex FrenchFile();

    /// <summary>A copy of the sample input in a temporary folder, with room for an output.</summary>
    private sealed class TemporaryInput : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "site-e2e-editor", Guid.NewGuid().ToString("N"));

        public TemporaryInput()
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Input, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(Input, Path.GetRelativePath(RepositoryPaths.Input, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
        }

        public string Input => Path.Combine(_root, "input");

        public string Output => Path.Combine(_root, "output");

        public void Write(string relative, string text)
        {
            var path = Path.Combine(Input, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        public string ReadOutput(string relative) => File.ReadAllText(Path.Combine(Output, relative));

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
