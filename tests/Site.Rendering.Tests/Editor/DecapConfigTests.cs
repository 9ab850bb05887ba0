using Site.Content.Config;
using Site.Core.Diagnostics;
using Site.Core.Model;
using Site.Rendering.Editor;
using Site.Rendering.I18n;
using Site.TestSupport;

using YamlDotNet.RepresentationModel;

namespace Site.Rendering.Tests.Editor;

/// <summary>The web editor's configuration, read back as Decap reads it.</summary>
public sealed class DecapConfigTests
{
    private static readonly UiStrings Strings = new("fr", EditorStrings.Keys.ToDictionary(k => k, k => "label " + k));

    [Fact]
    public void GivenTheBilingualSiteWhenWritingThenArticlesAreOneFilePerLanguageInTheirYearFolder()
    {
        var config = Read(Write(TestSite.BilingualConfig));

        var i18n = Map(config, "i18n");
        Assert.Equal("multiple_files", Text(i18n, "structure"));
        Assert.Equal(["fr", "en"], Texts(i18n, "locales"));
        Assert.Equal("fr", Text(i18n, "default_locale"));
        var articles = Collection(config, "articles");
        Assert.Equal(("input/articles", "{{year}}/{{slug}}", "md", "frontmatter", "true"), (Text(articles, "folder"), Text(articles, "path"), Text(articles, "extension"), Text(articles, "format"), Text(articles, "i18n")));
        Assert.Equal(("input/media", "/media"), (Text(config, "media_folder"), Text(config, "public_folder")));
        Assert.Equal(("ascii", "true"), (Text(Map(config, "slug"), "encoding"), Text(Map(config, "slug"), "clean_accents")));
        Assert.Equal("git-gateway", Text(Map(config, "backend"), "name"));
    }

    [Fact]
    public void GivenTheBilingualSiteWhenWritingThenTheArticleFieldsAreTheFrontMatterKeys()
    {
        var fields = Fields(Collection(Read(Write(TestSite.BilingualConfig)), "articles"));

        Assert.Equal(["title", "date", "category", "tags", "summary", "image", "image_alt", "author", "featured", "draft", "body"], fields.Select(f => Text(f, "name")));
        Assert.All(fields.Where(f => Text(f, "name") != "body"), f => Assert.NotNull(FrontMatterKey.Find(Text(f, "name"))));
        Assert.Equal("YYYY-MM-DDTHH:mm:ssZ", Text(Field(fields, "date"), "format"));
        Assert.Equal(("boolean", "false"), (Text(Field(fields, "draft"), "widget"), Text(Field(fields, "draft"), "default")));
        Assert.Equal(("boolean", "false", "false"), (Text(Field(fields, "featured"), "widget"), Text(Field(fields, "featured"), "default"), Text(Field(fields, "featured"), "required")));
        Assert.Equal("list", Text(Field(fields, "tags"), "widget"));
        Assert.Equal("true", Text(Field(fields, "title"), "i18n"));
        Assert.Equal("duplicate", Text(Field(fields, "date"), "i18n"));
        Assert.Equal("label editor_title", Text(Field(fields, "title"), "label"));
    }

    [Fact]
    public void GivenCategoriesWhenWritingThenTheCategoryIsAChoiceOfTheirKeysLabelledInEveryLanguage()
    {
        var category = Field(Fields(Collection(Read(Write(TestSite.BilingualConfig)), "articles")), "category");

        Assert.Equal("select", Text(category, "widget"));
        var options = ((YamlSequenceNode)category.Children["options"]).Cast<YamlMappingNode>().ToList();
        Assert.Equal(["monde", "economie"], options.Select(o => Text(o, "value")));
        Assert.Equal(["Monde / World", "Économie / Economy"], options.Select(o => Text(o, "label")));
    }

    [Fact]
    public void GivenCategoryNamesWithQuotesColonsAndYamlWordsWhenWritingThenTheyAreReadBackAsWritten()
    {
        var site = TestSite.BilingualConfig.Replace(
            "monde: { fr: \"Monde\", en: \"World\" }",
            "monde: { fr: \"Culture : « l’été » \\\"x\\\" # y\", en: \"yes\" }\n  vrai: { fr: \"true\", en: \"- [a]: {b}\" }");

        var category = Field(Fields(Collection(Read(Write(site)), "articles")), "category");

        var options = ((YamlSequenceNode)category.Children["options"]).Cast<YamlMappingNode>().ToList();
        Assert.Equal(["Culture : « l’été » \"x\" # y / yes", "true / - [a]: {b}", "Économie / Economy"], options.Select(o => Text(o, "label")));
        Assert.All(options, o => Assert.Equal(YamlDotNet.Core.ScalarStyle.DoubleQuoted, ((YamlScalarNode)o.Children["label"]).Style));
    }

    [Fact]
    public void GivenASiteWithNoCategoriesWhenWritingThenTheConfigurationIsStillValidWithATypedCategory()
    {
        var config = SiteConfig(TestSite.BilingualConfig) with { Categories = [] };

        var yaml = Read(DecapConfig.Write(config, Strings));

        var category = Field(Fields(Collection(yaml, "articles")), "category");
        Assert.Equal("string", Text(category, "widget"));
        Assert.False(category.Children.ContainsKey("options"));
    }

    [Fact]
    public void GivenDeclaredAuthorsWhenWritingThenTheAuthorIsAChoiceOfTheirKeys()
    {
        var config = SiteConfig(TestSite.BilingualConfig);

        var author = Field(Fields(Collection(Read(DecapConfig.Write(config, Strings, [new("anna", "Anna Kowalska"), new("redaction", "La rédaction")])), "articles")), "author");

        Assert.Equal("select", Text(author, "widget"));
        Assert.Equal(["anna", "redaction"], ((YamlSequenceNode)author.Children["options"]).Cast<YamlMappingNode>().Select(o => Text(o, "value")));
    }

    [Fact]
    public void GivenTheGitHubBackendWhenWritingThenTheRepositoryAndBranchAreNamed()
    {
        var backend = Map(Read(Write(TestSite.BilingualConfig + "\neditor: { backend: github, repo: redaction/journal, branch: production }\n")), "backend");

        Assert.Equal(("github", "redaction/journal", "production"), (Text(backend, "name"), Text(backend, "repo"), Text(backend, "branch")));
    }

    [Fact]
    public void GivenTheSameSiteWhenWritingTwiceThenTheTextIsTheSame()
    {
        Assert.Equal(Write(TestSite.BilingualConfig), Write(TestSite.BilingualConfig));
    }

    [Fact]
    public void GivenThePagesWhenWritingThenTheyHaveNoCategoryOrTags()
    {
        var fields = Fields(Collection(Read(Write(TestSite.BilingualConfig)), "pages"));

        Assert.DoesNotContain(fields, f => Text(f, "name") is "category" or "tags");
        Assert.Equal("input/pages", Text(Collection(Read(Write(TestSite.BilingualConfig)), "pages"), "folder"));
    }

    private static SiteConfig SiteConfig(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse(yaml, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("; ", diagnostics.ToSortedList()));
        return config!;
    }

    private static string Write(string siteYml) => DecapConfig.Write(SiteConfig(siteYml), Strings);

    private static YamlMappingNode Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[key];

    private static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[key]).Value!;

    private static IEnumerable<string> Texts(YamlMappingNode node, string key) => ((YamlSequenceNode)node.Children[key]).Select(n => ((YamlScalarNode)n).Value!);

    private static YamlMappingNode Collection(YamlMappingNode config, string name) =>
        ((YamlSequenceNode)config.Children["collections"]).Cast<YamlMappingNode>().Single(c => Text(c, "name") == name);

    private static IReadOnlyList<YamlMappingNode> Fields(YamlMappingNode collection) => ((YamlSequenceNode)collection.Children["fields"]).Cast<YamlMappingNode>().ToList();

    private static YamlMappingNode Field(IEnumerable<YamlMappingNode> fields, string name) => fields.Single(f => Text(f, "name") == name);
}
