using System.Collections.Concurrent;
using System.Globalization;
using Site.Core.Site;
using Site.Rendering.I18n;
using Site.Rendering.Views;

namespace Site.Rendering.Pages;

/// <summary>Makes the view of each entry once, for its own page and every listing it appears in.</summary>
public sealed class EntryViews(SiteModel site, IReadOnlyDictionary<string, UiStrings> strings)
{
    private readonly ConcurrentDictionary<Entry, EntryView> _views = new();

    public EntryView Of(Entry entry) => _views.GetOrAdd(entry, Create);

    public DateView Date(DateTimeOffset date, string language)
    {
        var culture = site.Config.FindLanguage(language)?.Culture ?? CultureInfo.InvariantCulture;
        var text = date.ToString(strings[language].DateFormat, culture);
        return new DateView(date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), text);
    }

    private EntryView Create(Entry entry)
    {
        var urls = site.Urls;
        var article = entry.Article;
        var category = site.CategoryOf(entry);
        return new EntryView
        {
            Title = article.Title,
            Url = urls.Path(entry.Path),
            AbsoluteUrl = urls.Absolute(entry.Path),
            PrintUrl = entry.PrintPath is null ? null : urls.Path(entry.PrintPath),
            Date = Date(article.Date, entry.Language),
            Updated = article.Updated is { } updated ? Date(updated, entry.Language) : null,
            Author = article.Author,
            Category = category is null ? null : new LinkView(category.Name, urls.Path(category.Path)),
            Tags = site.TagsOf(entry).Select(t => new LinkView(t.Name, urls.Path(t.Path))).ToList(),
            Image = article.Image is null
                ? null
                : new ImageView(urls.Rebase(article.Image), urls.Absolute(article.Image), article.ImageAlt ?? string.Empty, entry.ImageSize?.Width, entry.ImageSize?.Height)
                {
                    Caption = article.ImageCaption,
                    Credit = article.ImageCredit,
                },
            Summary = entry.Body.Summary,
            Body = entry.Body.Html,
            PrintBody = entry.Body.PrintHtml,
            Language = entry.Language,
            Translations = site.TranslationsOf(entry)
                .Select(t => new SwitchView(t.Language, site.Config.FindLanguage(t.Language)!.Name, urls.Path(t.Path), IsTranslation: true))
                .ToList(),
        };
    }
}
