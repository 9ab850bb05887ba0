using System.Globalization;
using System.Text;

using Site.TestSupport;
using SkiaSharp;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// Random edit sequences (fixed seeds) through a site built with the on-disk body cache: after every step its output
/// is the output of a build with no cache, file for file, with the same exit code and diagnostics.
/// </summary>
public sealed class BodyCachePropertyTests
{
    private const int Steps = 30;

    [Theory]
    [InlineData(21)]
    [InlineData(2021)]
    public void GivenRandomEditsWhenBuildingWithTheBodyCacheThenEachStepMatchesABuildWithoutIt(int seed)
    {
        using var site = new TestSite();
        var random = new Random(seed);
        var articles = new List<Draft>();
        for (var i = 0; i < 6; i++)
        {
            articles.Add(new Draft($"articles/202{i % 2}/texte-{i}.{(i % 3 == 2 ? "en" : "fr")}.md", $"Texte {i}", $"Paragraphe {i}."));
        }

        site.WriteInputBytes("media/lead.png", Png.OnePixel);
        site.WriteInputBytes("media/carte.png", Png.OnePixel);
        var log = new List<string>();
        var (succeeded, fromCache) = (0, 0);
        for (var step = 0; step <= Steps; step++)
        {
            if (step > 0)
            {
                log.Add(Edit(random, site, articles));
            }

            foreach (var article in articles)
            {
                site.WriteInput(article.Path, article.Text(articles));
            }

            var cached = Build(site, "cached", Path.Combine(site.Root, ".site-cache"));
            var fresh = Build(site, "fresh", cache: null);

            var history = string.Join(" → ", log);
            Assert.True(fresh.Outcome == cached.Outcome, $"after {history}: exit {cached.Outcome} with the cache, {fresh.Outcome} without");
            Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), cached.Diagnostics.Select(d => d.ToString()));
            var (withCache, withoutCache) = (Hashes(Path.Combine(site.Root, "cached")), Hashes(Path.Combine(site.Root, "fresh")));
            var different = withoutCache.Keys.Union(withCache.Keys).Where(k => withCache.GetValueOrDefault(k) != withoutCache.GetValueOrDefault(k)).Order(StringComparer.Ordinal).ToList();
            Assert.True(different.Count == 0, $"after {history}: {string.Join(", ", different)} differ");
            succeeded += cached.Outcome == BuildOutcome.Success ? 1 : 0;
            fromCache += fresh.RenderedBodies - cached.RenderedBodies;
        }

        // The sequence is worth something only if builds pass and bodies come from the cache.
        Assert.True(succeeded > Steps / 2, $"{succeeded} of {Steps + 1} builds succeeded");
        Assert.True(fromCache > Steps, $"{fromCache} bodies came from the cache");
    }

    /// <summary>Applies one random edit to the drafts (or to a media file) and says which.</summary>
    private static string Edit(Random random, TestSite site, List<Draft> articles)
    {
        var article = articles[random.Next(articles.Count)];
        switch (random.Next(9))
        {
            case 0:
                article.Summary = random.Next(3) == 0 ? null : $"Résumé {random.Next(100)}";
                return $"summary of {article.Path}";
            case 1:
                article.Image = !article.Image;
                return $"image of {article.Path}";
            case 2:
                article.Body = $"Paragraphe {random.Next(1000)}.\n\n## Suite\n\nFin.";
                return $"text of {article.Path}";
            case 3:
                var renamed = $"articles/202{random.Next(3)}/nouveau-{random.Next(1000)}.{article.Language}.md";
                File.Delete(Path.Combine(site.Input, article.Path));
                foreach (var other in articles)
                {
                    other.Links = other.Links.Select(l => l == article.Path ? renamed : l).ToList();
                }

                var from = article.Path;
                article.Path = renamed;
                return $"rename of {from} to {renamed}";
            case 4 when articles.Count > 2:
                File.Delete(Path.Combine(site.Input, article.Path));
                articles.Remove(article);
                foreach (var other in articles)
                {
                    other.Links.Remove(article.Path);
                }

                return $"deletion of {article.Path}";
            case 5:
                var target = articles[random.Next(articles.Count)];
                if (target != article && !article.Links.Contains(target.Path))
                {
                    article.Links.Add(target.Path);
                }

                return $"link from {article.Path} to {target.Path}";
            case 6:
                article.Slug = random.Next(2) == 0 ? null : $"adresse-{random.Next(100)}";
                return $"slug of {article.Path}";
            case 7:
                article.Map = !article.Map;
                return $"map in {article.Path}";
            default:
                var (width, height) = (1 + random.Next(4), 1 + random.Next(4));
                site.WriteInputBytes("media/carte.png", PngOfSize(width, height));
                return $"map resized to {width}×{height}";
        }
    }

    private static BuildResult Build(TestSite site, string output, string? cache) =>
        new SiteBuilder(TextWriter.Null).Build(new BuildOptions
        {
            InputDirectory = site.Input,
            ThemeDirectory = site.Theme,
            OutputDirectory = Path.Combine(site.Root, output),
            CacheDirectory = cache,
            Now = Builds.Now,
        });

    private static Dictionary<string, string> Hashes(string folder) =>
        !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    private static byte[] PngOfSize(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>An article as the test edits it.</summary>
    private sealed class Draft(string path, string title, string body)
    {
        public string Path { get; set; } = path;
        public string Title { get; } = title;
        public string Body { get; set; } = body;
        public string? Summary { get; set; }
        public string? Slug { get; set; }
        public bool Image { get; set; }
        public bool Map { get; set; }
        public List<string> Links { get; set; } = [];

        public string Language => Path[^5..^3];

        public string Text(IReadOnlyList<Draft> all)
        {
            var year = Path.Split('/')[1];
            var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"---\ntitle: \"{Title}\"\ndate: {year}-03-0{1 + (Title.Length % 8)}T09:00:00+01:00\ncategory: monde\n");
            text.Append(Summary is null ? "" : $"summary: \"{Summary}\"\n");
            text.Append(Slug is null ? "" : $"slug: {Slug}\n");
            text.Append(Image ? "image: /media/lead.png\nimage_alt: Une image\n" : "");
            text.Append("---\n").Append(Body).Append('\n');
            text.Append(Map ? "\n![La carte](/media/carte.png)\n" : "");
            foreach (var link in Links.Where(l => all.Any(a => a.Path == l)))
            {
                text.Append(CultureInfo.InvariantCulture, $"\nVoir [l'autre](../../{link}).\n");
            }

            return text.ToString();
        }
    }
}
