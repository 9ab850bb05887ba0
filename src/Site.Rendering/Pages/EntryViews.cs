using System.Collections.Concurrent;
using System.Globalization;
using Site.Core.Model;
using Site.Core.Site;
using Site.Rendering.I18n;
using Site.Rendering.Views;

namespace Site.Rendering.Pages;

/// <summary>Makes the view of each entry once, for its own page and every listing it appears in.</summary>
/// <param name="preview">Marks drafts and scheduled articles in a preview; null when the site is built for publishing.</param>
public sealed class EntryViews(SiteModel site, IReadOnlyDictionary<string, UiStrings> strings, PreviewMarks? preview = null)
{
    private readonly ConcurrentDictionary<Entry, EntryView> _views = new();

    /// <summary>The entry as listings show it: without its body, which the views kept for the whole build must not hold.</summary>
    public EntryView Of(Entry entry) => _views.GetOrAdd(entry, Create);

    /// <summary>The entry's text was replaced (<see cref="Entry.ReplaceText"/>): its view is made again when next asked for.</summary>
    public void Forget(Entry entry) => _views.TryRemove(entry, out _);

    /// <summary>The entry with its web body, for its own page or a listing that shows entries whole.</summary>
    public EntryView WithBody(Entry entry) => Of(entry) with { Body = entry.Body.Html };

    /// <summary>The entry with its print body, for its print page.</summary>
    public EntryView WithPrintBody(Entry entry) => Of(entry) with { PrintBody = entry.Body.PrintHtml };

    /// <summary>A byline's date: its day and time in the page's language, in the site's time zone.</summary>
    public DateView Date(DateTimeOffset date, string language)
    {
        var culture = site.Config.FindLanguage(language)?.Culture ?? CultureInfo.InvariantCulture;
        var local = TimeZoneInfo.ConvertTime(date, site.Config.TimeZone);
        var text = local.ToString(strings[language].DateTimeFormat, culture);
        return new DateView(date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), text)
        {
            Day = local.ToString(strings[language].DateFormat, culture),
        };
    }

    /// <summary>"Lire en anglais": the other language named in the page's language, or its own name after "also available in".</summary>
    public string ReadIn(string pageLanguage, string otherLanguage)
    {
        var ui = strings[pageLanguage];
        return ui.Find("read_in_" + otherLanguage) ?? $"{ui["also_available_in"]} {site.Config.FindLanguage(otherLanguage)?.Name ?? otherLanguage}";
    }

    private AuthorView Author(Author author, string language)
    {
        var page = site.FindAuthor(language, author.Key);
        return new AuthorView(
            author.Name[language],
            page is null ? null : site.Urls.Path(page.Path),
            page is null ? null : site.Urls.Absolute(page.Path),
            author.IsOrganization);
    }

    /// <summary>The JSON-LD image: wide enough for search engines' article previews, whole rather than cropped.</summary>
    private const int StructuredDataWidth = 1200;

    /// <summary>The lead image's WebP variants as a <c>srcset</c> (URLs under the base path); null when it has none.</summary>
    private string? Srcset(Entry entry) => entry.ImageVariants.Count == 0
        ? null
        : string.Join(", ", entry.ImageVariants.Select(v => $"{site.Urls.Rebase(v.SitePath).Replace(" ", "%20", StringComparison.Ordinal)} {v.Width.ToString(CultureInfo.InvariantCulture)}w"));

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
            // "Updated" says something only when it differs from the publication.
            Updated = article.Updated is { } updated && updated != article.Date ? Date(updated, entry.Language) : null,
            Author = article.Author,
            Authors = site.AuthorsOf(entry).Select(a => Author(a, entry.Language)).ToList(),
            ReadingTime = entry.PrintPath is null
                ? null
                : strings[entry.Language].Format("reading_time", "minutes", entry.ReadingMinutes.ToString(CultureInfo.InvariantCulture)),
            Category = category is null ? null : new LinkView(category.Name, urls.Path(category.Path)),
            Tags = site.TagsOf(entry).Select(t => new LinkView(t.Name, urls.Path(t.Path))).ToList(),
            Image = article.Image is null
                ? null
                : new ImageView(urls.Rebase(article.Image), urls.Absolute(article.Image), article.ImageAlt ?? string.Empty, entry.ImageSize?.Width, entry.ImageSize?.Height)
                {
                    Caption = article.ImageCaption,
                    Credit = article.ImageCredit,
                    Srcset = Srcset(entry),
                    Social = entry.SocialImage is { } social
                        ? new SocialImageView(urls.Absolute(social.SitePath), social.Width, social.Height)
                        : new SocialImageView(urls.Absolute(article.Image), entry.ImageSize?.Width, entry.ImageSize?.Height),
                    StructuredDataUrl = entry.ImageVariants.LastOrDefault(v => v.Width <= StructuredDataWidth) is { } large ? urls.Absolute(large.SitePath) : null,
                },
            Summary = entry.Body.Summary,
            Language = entry.Language,
            Status = preview?.StatusOf(article),
            Translations = site.TranslationsOf(entry)
                .Select(t => new SwitchView(t.Language, ReadIn(entry.Language, t.Language), urls.Path(t.Path), IsTranslation: true))
                .ToList(),
        };
    }
}
