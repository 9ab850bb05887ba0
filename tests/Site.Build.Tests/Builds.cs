using Site.TestSupport;

namespace Site.Build.Tests;

/// <summary>Runs the real build on a test site, with the future fixed so that results do not depend on the day.</summary>
internal static class Builds
{
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-01-01T00:00:00+00:00");

    public static BuildResult Run(TestSite site, bool drafts = false, bool future = false, bool check = true, Uri? baseUrl = null, string? output = null, string? cache = null) =>
        new SiteBuilder(TextWriter.Null).Build(new BuildOptions
        {
            InputDirectory = site.Input,
            ThemeDirectory = site.Theme,
            OutputDirectory = output ?? site.Output,
            Drafts = drafts,
            Future = future,
            Check = check,
            BaseUrl = baseUrl,
            CacheDirectory = cache,
            Now = Now,
        });

    /// <summary>A small bilingual site: a translated pair, a French-only article, a pair joined by translationKey, pages.</summary>
    public static TestSite Bilingual()
    {
        var site = new TestSite();
        site.Article("articles/2021/poutine.fr.md", "Poutine à Genève", "2021-06-16T18:00:00+02:00", body: "Le sommet a eu lieu.\n\n## Un tête-à-tête\n\nVoir [l'autre](../2020/vaccins.fr.md).\n", extra: "tags: [Vladimir Poutine, Russie]\nimage: /media/geneve.png\nimage_alt: Le lac de Genève\n");
        site.Article("articles/2021/poutine.en.md", "Putin in Geneva", "2021-06-16T18:00:00+02:00", body: "The summit took place.\n", extra: "tags: [Vladimir Putin]\n");
        site.Article("articles/2020/vaccins.fr.md", "Les vaccins", "2020-12-10T09:00:00+01:00", category: "economie", body: "Un paragraphe.\n", extra: "tags: [Santé]\n");
        site.Article("articles/2020/karabakh.fr.md", "Haut-Karabakh", "2020-11-10T09:00:00+01:00", extra: "translationKey: karabakh\n");
        site.Article("articles/2020/nagorno.en.md", "Nagorno-Karabakh", "2020-11-10T09:00:00+01:00", extra: "translationKey: karabakh\n");
        site.Article("articles/2024/brouillon.fr.md", "Brouillon", "2024-01-01T09:00:00+01:00", extra: "draft: true\n");
        site.Article("articles/2030/futur.fr.md", "Futur", "2030-01-01T09:00:00+01:00");
        site.WriteInput("pages/a-propos.fr.md", "---\ntitle: À propos\ndate: 2020-01-01T00:00:00+01:00\ntranslationKey: about\n---\nQui sommes-nous.\n");
        site.WriteInput("pages/about.en.md", "---\ntitle: About\ndate: 2020-01-01T00:00:00+01:00\ntranslationKey: about\n---\nWho we are.\n");
        site.WriteInputBytes("media/geneve.png", Png.OnePixel);
        return site;
    }
}
