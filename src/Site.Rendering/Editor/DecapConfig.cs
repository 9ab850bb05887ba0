using Site.Core.Files;
using Site.Core.Model;
using Site.Rendering.I18n;

using YamlDotNet.RepresentationModel;

using static Site.Rendering.Editor.YamlNodes;

namespace Site.Rendering.Editor;

/// <summary>
/// Writes <c>/admin/config.yml</c>, the configuration of the web editor (Decap CMS), from <c>site.yml</c>: one file per
/// article and language, <c>input/articles/&lt;yyyy&gt;/&lt;name&gt;.&lt;lang&gt;.md</c>, exactly as the build reads
/// them, with the fields of the front matter. Labels are the default language's UI strings.
/// </summary>
public static class DecapConfig
{
    // Decap's own interface languages; another default language leaves it in English.
    private static readonly HashSet<string> DecapLocales =
    [
        "bg", "ca", "cs", "da", "de", "en", "es", "fa", "fr", "gr", "he", "hr", "hu", "it", "ja", "ko", "lt", "nb_no",
        "nl", "nn_no", "pl", "pt", "ro", "ru", "sl", "sv", "th", "tr", "ua", "vi", "zh_Hans", "zh_Hant",
    ];

    /// <param name="authors">The authors site.yml declares, offered as a choice; free text when null or empty.</param>
    public static string Write(SiteConfig config, UiStrings strings, IReadOnlyList<EditorAuthor>? authors = null)
    {
        string Label(string key) => strings[key];
        var input = InputLayout.Folder;
        var root = Map(
            ("backend", Backend(config.Editor)),
            ("site_url", Text(config.BaseUrl.AbsoluteUri)),
            ("locale", DecapLocales.Contains(config.DefaultLanguage) ? Text(config.DefaultLanguage) : null),
            ("media_folder", Text($"{input}/{InputLayout.Media}")),
            ("public_folder", Text("/" + InputLayout.Media)),

            // File names are ASCII, lower case, without accents: what the build accepts as a <name>.
            ("slug", Map(("encoding", Word("ascii")), ("clean_accents", Boolean(true)), ("sanitize_replacement", Text("-")))),
            ("i18n", Map(
                ("structure", Word("multiple_files")),
                ("locales", List(config.Languages.Select(l => Text(l.Code)))),
                ("default_locale", Text(config.DefaultLanguage)))),
            ("collections", List(
            [
                Map(
                    ("name", Word("articles")),
                    ("label", Text(Label(EditorStrings.Articles))),
                    ("label_singular", Text(Label(EditorStrings.Article))),
                    ("folder", Text($"{input}/{InputLayout.Articles}")),

                    // One folder per year, as the sample input has them; the year is the article's date's.
                    ("path", Text("{{year}}/{{slug}}")),
                    ("slug", Text("{{slug}}")),
                    ("extension", Word("md")),
                    ("format", Word("frontmatter")),
                    ("create", Boolean(true)),
                    ("identifier_field", Word("title")),
                    ("summary", Text("{{title}} ({{year}}-{{month}}-{{day}})")),
                    ("sortable_fields", List([Word("date"), Word("title")])),
                    ("i18n", Boolean(true)),
                    ("fields", List(ArticleFields(config, Label, authors)))),
                Map(
                    ("name", Word("pages")),
                    ("label", Text(Label(EditorStrings.Pages))),
                    ("label_singular", Text(Label(EditorStrings.Page))),
                    ("folder", Text($"{input}/{InputLayout.Pages}")),
                    ("slug", Text("{{slug}}")),
                    ("extension", Word("md")),
                    ("format", Word("frontmatter")),
                    ("create", Boolean(true)),
                    ("identifier_field", Word("title")),
                    ("i18n", Boolean(true)),
                    ("fields", List(PageFields(Label)))),
            ])));
        return YamlNodes.Write(root);
    }

    private static YamlMappingNode Backend(EditorSettings editor) => Map(
        ("name", Word(editor.Backend)),
        ("repo", editor.Repository is { } repository ? Text(repository) : null),
        ("branch", Text(editor.Branch)));

    private static IEnumerable<YamlNode> ArticleFields(SiteConfig config, Func<string, string> label, IReadOnlyList<EditorAuthor>? authors)
    {
        yield return Field(FrontMatterKey.Title, label(EditorStrings.Title), "string", translated: true);
        yield return Date(label);
        yield return Category(config, label(EditorStrings.Category));
        yield return Field(FrontMatterKey.Tags, label(EditorStrings.Tags), "list", translated: true, required: false);
        yield return Field(FrontMatterKey.Summary, label(EditorStrings.Summary), "text", translated: true, required: false);
        yield return Field(FrontMatterKey.Image, label(EditorStrings.Image), "image", translated: false, required: false);
        yield return Field(FrontMatterKey.ImageAlt, label(EditorStrings.ImageAlt), "string", translated: true, required: false);
        yield return Author(label(EditorStrings.Author), authors);
        yield return Field(FrontMatterKey.Featured, label(EditorStrings.Featured), "boolean", translated: false, required: false, ("default", Boolean(false)));
        yield return Draft(label);
        yield return Body(label);
    }

    private static IEnumerable<YamlNode> PageFields(Func<string, string> label)
    {
        yield return Field(FrontMatterKey.Title, label(EditorStrings.Title), "string", translated: true);
        yield return Date(label);
        yield return Field(FrontMatterKey.Summary, label(EditorStrings.Summary), "text", translated: true, required: false);
        yield return Field(FrontMatterKey.Image, label(EditorStrings.Image), "image", translated: false, required: false);
        yield return Field(FrontMatterKey.ImageAlt, label(EditorStrings.ImageAlt), "string", translated: true, required: false);
        yield return Draft(label);
        yield return Body(label);
    }

    /// <param name="translated">Each language has its own value; otherwise the default language's is copied to the others.</param>
    private static YamlMappingNode Field(FrontMatterKey key, string label, string widget, bool translated, bool required = true, params (string Key, YamlNode? Value)[] more) =>
        Map([
            ("label", Text(label)),
            ("name", Text(key.Name)),
            ("widget", Word(widget)),
            ("required", required ? null : Boolean(false)),
            ("i18n", translated ? Boolean(true) : Word("duplicate")),
            .. more,
        ]);

    /// <summary>ISO 8601 with the offset, as the build requires (<c>2024-05-17T09:30:00+02:00</c>).</summary>
    private static YamlMappingNode Date(Func<string, string> label) =>
        Field(FrontMatterKey.Date, label(EditorStrings.Date), "datetime", translated: false, more: [("format", Text("YYYY-MM-DDTHH:mm:ssZ"))]);

    private static YamlMappingNode Category(SiteConfig config, string label)
    {
        // A site without categories still gets a valid form: the key is then typed.
        if (config.Categories.Count == 0)
        {
            return Field(FrontMatterKey.Category, label, "string", translated: false);
        }

        // Decap's options have one label for every language: the default language's name, then the others'.
        var options = config.Categories.Select(c => Map(
            ("label", Text(string.Join(" / ", config.Languages.Select(l => c.Names[l.Code]).Where(n => n.Length > 0).Distinct()))),
            ("value", Text(c.Key))));
        return Field(FrontMatterKey.Category, label, "select", translated: false, more: [("options", List(options))]);
    }

    private static YamlMappingNode Author(string label, IReadOnlyList<EditorAuthor>? authors) =>
        authors is { Count: > 0 }
            ? Field(FrontMatterKey.Author, label, "select", translated: false, required: false, ("options", List(authors.Select(a => Map(("label", Text(a.Name)), ("value", Text(a.Key)))))))
            : Field(FrontMatterKey.Author, label, "string", translated: false, required: false);

    private static YamlMappingNode Draft(Func<string, string> label) =>
        Field(FrontMatterKey.Draft, label(EditorStrings.Draft), "boolean", translated: false, required: false, ("default", Boolean(false)));

    private static YamlMappingNode Body(Func<string, string> label) => Map(
        ("label", Text(label(EditorStrings.Body))),
        ("name", Word("body")),
        ("widget", Word("markdown")),
        ("i18n", Boolean(true)));
}
