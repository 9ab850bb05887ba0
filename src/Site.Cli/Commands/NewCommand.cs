using System.CommandLine;
using Site.Content.Authoring;
using Site.Content.Config;
using Site.Core.Diagnostics;
using Site.Core.Files;

namespace Site.Cli.Commands;

/// <summary><c>site new</c>: starts an article, or its translation, as a draft with its front matter filled in.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<DateTimeOffset> now)
    {
        var title = new Argument<string>("title") { Description = "The headline" };
        var language = new Option<string>("--lang") { Description = "Language of the new file", Required = true };
        var category = new Option<string?>("--category") { Description = $"A category key of {InputLayout.ConfigFile} (default: the first)" };
        var translate = new Option<string?>("--translate") { Description = "An article to translate: writes its twin <same name>.<lang>.md" };
        var input = new Option<DirectoryInfo>("--input") { Description = "Content folder", DefaultValueFactory = _ => new DirectoryInfo(InputLayout.Folder) };
        var theme = new Option<DirectoryInfo>("--theme") { Description = $"Theme folder, whose {ThemeLayout.Archetypes}/article.<lang>.md shapes the new file", DefaultValueFactory = _ => new DirectoryInfo(ThemeLayout.Folder) };
        var command = new Command("new", "Start an article or a translation.") { title, language, category, translate, input, theme };
        command.SetAction(parsed =>
        {
            var diagnostics = new DiagnosticBag();
            var inputDirectory = parsed.GetValue(input)!.FullName;
            var archetype = Archetype(parsed.GetValue(theme)!.FullName, parsed.GetValue(language)!, diagnostics);
            var written = diagnostics.HasErrors ? null : Write(parsed.GetValue(title)!, parsed.GetValue(language)!, parsed.GetValue(category), parsed.GetValue(translate), inputDirectory, now(), archetype, diagnostics);
            foreach (var diagnostic in diagnostics.ToSortedList())
            {
                stderr.WriteLine(diagnostic);
            }

            if (written is null)
            {
                return ExitCodes.BadInput;
            }

            stdout.WriteLine(Path.Combine(Path.GetRelativePath(Environment.CurrentDirectory, inputDirectory), written.RelativePath));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The theme's template for a new article in <paramref name="language"/>, if it has one.</summary>
    private static string? Archetype(string themeDirectory, string language, DiagnosticBag diagnostics)
    {
        var relative = $"{ThemeLayout.Archetypes}/article.{language}.md";
        if (!Directory.Exists(themeDirectory) || language.Contains('/', StringComparison.Ordinal) || language.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var tree = SourceTree.Theme(themeDirectory);
        return tree.Has(relative) ? tree.ReadText(relative, diagnostics) : null;
    }

    private static NewArticle? Write(string title, string language, string? category, string? translate, string inputDirectory, DateTimeOffset now, string? archetype, DiagnosticBag diagnostics)
    {
        var config = SiteConfigLoader.Load(inputDirectory, diagnostics);
        if (config is null)
        {
            return null;
        }

        NewArticle? article;
        if (translate is null)
        {
            article = ArticleScaffold.Create(title, language, category, config, now, archetype, diagnostics);
        }
        else
        {
            var source = ArticleScaffold.ReadSource(inputDirectory, translate, diagnostics);
            article = source is null ? null : ArticleScaffold.Translate(source.Value.RelativePath, source.Value.Text, title, language, config, diagnostics);
        }

        return article is not null && ArticleScaffold.Write(inputDirectory, article, diagnostics) ? article : null;
    }
}
