using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using Site.TestSupport;
using SkiaSharp;

namespace Site.Build.Tests.Incremental;

/// <summary>
/// Seeded random edits (an article's text, title or tags, an image's bytes, a layout, a UI string, site.yml, articles
/// deleted, added and linked, the build cache's bodies and parsed articles damaged) to a small bilingual site: after each one, a build that compares itself with the
/// manifest of the previous one gives the output of a build with no cache, name for name and byte for byte, with the
/// same outcome, diagnostics and findings.
/// </summary>
public sealed partial class IncrementalBuildEquivalenceTests
{
    private const int Steps = 30;

    private static readonly DateTime Past = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(7)]
    [InlineData(2026)]
    public void GivenRandomEditsWhenBuildingIncrementallyThenEachBuildEqualsAColdOne(int seed)
    {
        using var site = new TestSite();
        var random = new Random(seed);
        var corpus = new Corpus(site, random);
        corpus.WriteAll();
        var log = new List<string>();
        var (carried, noOps, succeeded, patched, kept) = (0, 0, 0, 0, 0);
        for (var step = 0; step <= Steps; step++)
        {
            var edited = new List<string>();
            if (step > 0)
            {
                log.Add(corpus.Edit(random, edited));
            }

            // Most edits look old enough to be trusted by their stamps (each step's time its own); the others are as
            // recent as they are, and the build must not trust their stamps.
            if (random.Next(4) > 0)
            {
                AgeTree(site.Input, Past.AddMinutes(step));
                AgeTree(site.Theme, Past.AddMinutes(step));
            }

            var incremental = Build(site, "incremental", Path.Combine(site.Root, ".site-cache"));
            var cold = Build(site, "cold", cache: null);

            var history = string.Join(" → ", log);
            Assert.True(cold.Outcome == incremental.Outcome, $"after {history}: {incremental.Outcome} incrementally, {cold.Outcome} cold");
            Assert.Equal(cold.Diagnostics.Select(d => d.ToString() + d.SourceLine), incremental.Diagnostics.Select(d => d.ToString() + d.SourceLine));
            Assert.Equal(cold.Findings, incremental.Findings);
            if (cold.Outcome == BuildOutcome.Success)
            {
                Assert.Equal(cold.PagesByKind, incremental.PagesByKind);
                var (coldTree, incrementalTree) = (Tree(Path.Combine(site.Root, "cold")), Tree(Path.Combine(site.Root, "incremental")));
                var different = coldTree.Keys.Union(incrementalTree.Keys)
                    .Where(k => coldTree.GetValueOrDefault(k) != incrementalTree.GetValueOrDefault(k))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                Assert.True(different.Count == 0, $"after {history}: {string.Join(", ", different)} differ");
                succeeded++;
                carried += cold.FilesWritten!.Value - incremental.FilesWritten!.Value;
                noOps += incremental.FilesWritten == 0 ? 1 : 0;
                patched += incremental.Patched ? 1 : 0;
                kept += incremental.RelationsKept ? 1 : 0;
            }
        }

        // The sequence is worth something only if builds pass, files are carried over, and some builds did nothing.
        Assert.True(succeeded > Steps / 2, $"{succeeded} of {Steps + 1} builds succeeded");
        Assert.True(carried > Steps * 50, $"{carried} files were carried over");
        Assert.True(noOps > 0, "no build found nothing to do");
        Assert.True(patched > 0, "no build patched the output in place");
        Assert.True(kept > 0, "no build took the relations between pages as the last one judged them");
    }

    internal static BuildResult Build(TestSite site, string output, string? cache, DateTimeOffset? now = null, string? pagefind = null) =>
        new SiteBuilder(TextWriter.Null).Build(new BuildOptions
        {
            InputDirectory = site.Input,
            ThemeDirectory = site.Theme,
            OutputDirectory = Path.Combine(site.Root, output),
            CacheDirectory = cache,
            Now = now ?? Builds.Now,
            Pagefind = pagefind,
        });

    /// <summary>The output of a build with no cache, by file and hash, in another folder.</summary>
    internal static IReadOnlyDictionary<string, string> ColdOutput(TestSite site)
    {
        var cold = IncrementalBuildEquivalenceTests.Build(site, "cold", cache: null);
        Assert.Equal(BuildOutcome.Success, cold.Outcome);
        var folder = Path.Combine(site.Root, "cold");
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
    }

    /// <summary>Gives the files of a folder written in the last minutes a time well before the build, as edits made a while ago have.</summary>
    internal static void AgeTree(string folder, DateTime time)
    {
        var recent = DateTime.UtcNow.AddMinutes(-10);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => File.GetLastWriteTimeUtc(f) > recent))
        {
            File.SetLastWriteTimeUtc(file, time);
        }
    }

    /// <summary>A PNG of the given size and grey level: another level gives other bytes of the same size.</summary>
    internal static byte[] PngOf(int width, int height, byte grey)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(grey, grey, grey));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Every file of a folder by its hash, and every folder in it (an empty one left behind differs too).</summary>
    private static Dictionary<string, string> Tree(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))
            .Concat(Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Select(d => KeyValuePair.Create(Path.GetRelativePath(folder, d) + "/", "folder")))
            .ToDictionary();

    [GeneratedRegex("^read_more: .*$", RegexOptions.Multiline)]
    private static partial Regex ReadMore();

    [GeneratedRegex("^pageSize: .*$", RegexOptions.Multiline)]
    private static partial Regex PageSize();

    /// <summary>The test's site: articles in both languages with tags, lead and inline pictures and links between them.</summary>
    private sealed class Corpus(TestSite site, Random random)
    {
        private static readonly string[] TagPool = ["Europe", "Énergie", "Climat", "Élections", "Santé", "Vladimir Poutine"];
        private static readonly string[] Pictures = ["media/carte.png", "media/photo.png", "media/2022/vue.png"];

        private readonly List<Piece> _pieces = [];
        private int _next;

        public void WriteAll()
        {
            foreach (var picture in Pictures)
            {
                site.WriteInputBytes(picture, PngOf(2 + random.Next(4), 2 + random.Next(4), (byte)random.Next(256)));
            }

            site.WriteInput("pages/a-propos.fr.md", "---\ntitle: À propos\ndate: 2020-01-01T00:00:00+01:00\ntranslationKey: about\n---\nQui sommes-nous.\n");
            site.WriteInput("pages/about.en.md", "---\ntitle: About\ndate: 2020-01-01T00:00:00+01:00\ntranslationKey: about\n---\nWho we are.\n");
            site.WriteInput("site.yml", TestSite.BilingualConfig.Replace("pageSize: 10", "pageSize: 4", StringComparison.Ordinal));
            for (var i = 0; i < 14; i++)
            {
                Add(pair: i % 3 != 2);
            }

            foreach (var piece in _pieces)
            {
                Write(piece);
            }
        }

        /// <summary>Applies one random edit, names the files it wrote in <paramref name="edited"/>, and says what it did.</summary>
        public string Edit(Random random, List<string> edited)
        {
            var piece = _pieces[random.Next(_pieces.Count)];
            switch (random.Next(12))
            {
                case 0:
                    piece.Body = $"Paragraphe {random.Next(1000)}.\n\n## Partie {random.Next(3)}\n\nFin.";
                    return Wrote(edited, piece, $"text of {piece.Path}");
                case 1:
                    piece.Title = $"Titre {random.Next(40)}";
                    return Wrote(edited, piece, $"title of {piece.Path}");
                case 2:
                    var tag = TagPool[random.Next(TagPool.Length)];
                    if (!piece.Tags.Remove(tag))
                    {
                        piece.Tags.Add(tag);
                    }

                    return Wrote(edited, piece, $"tag {tag} of {piece.Path}");
                case 3:
                    var picture = Pictures[random.Next(Pictures.Length)];
                    site.WriteInputBytes(picture, PngOf(2 + random.Next(4), 2 + random.Next(4), (byte)random.Next(256)));
                    edited.Add(Path.Combine(site.Input, picture));
                    return $"bytes of {picture}";
                case 4:
                    var layout = new[] { "article.liquid", "list.liquid", "base.liquid" }[random.Next(3)];
                    var file = Path.Combine(site.Theme, "layouts", layout);
                    File.AppendAllText(file, $"\n<!-- {random.Next(1000)} -->\n");
                    edited.Add(file);
                    return $"layout {layout}";
                case 5:
                    var strings = Path.Combine(site.Theme, "i18n", "fr.yml");
                    File.WriteAllText(strings, ReadMore().Replace(File.ReadAllText(strings), $"read_more: \"Lire la suite {random.Next(100)}\""));
                    edited.Add(strings);
                    return "UI string read_more";
                case 6:
                    var config = Path.Combine(site.Input, "site.yml");
                    var size = 3 + random.Next(3);
                    File.WriteAllText(config, PageSize().Replace(File.ReadAllText(config), $"pageSize: {size}"));
                    edited.Add(config);
                    return $"pageSize {size}";
                case 7 when _pieces.Count > 8:
                    _pieces.Remove(piece);
                    File.Delete(Path.Combine(site.Input, piece.Path));
                    foreach (var other in _pieces)
                    {
                        if (other.Links.Remove(piece.Path))
                        {
                            Wrote(edited, other, string.Empty);
                        }
                    }

                    edited.Add(Path.GetDirectoryName(Path.Combine(site.Input, piece.Path))!);
                    return $"deletion of {piece.Path}";
                case 8:
                    var added = Add(pair: false);
                    return Wrote(edited, added, $"new {added.Path}");
                case 9:
                    var target = _pieces[random.Next(_pieces.Count)];
                    if (target != piece && !piece.Links.Contains(target.Path))
                    {
                        piece.Links.Add(target.Path);
                    }

                    return Wrote(edited, piece, $"link from {piece.Path} to {target.Path}");
                case 10:
                    piece.Lead = piece.Lead is null ? Pictures[random.Next(Pictures.Length)] : null;
                    return Wrote(edited, piece, $"lead image of {piece.Path}");
                case 11:
                    return DamageCaches();
                default:
                    return "nothing";
            }
        }

        /// <summary>
        /// Leaves the input as it is, but deletes a body the build cache's index lists (a page printing it must render
        /// it again) and damages the parsed articles (every article must be parsed again); no random draw, so that the
        /// sequence of edits stays the same.
        /// </summary>
        private string DamageCaches()
        {
            var cache = Path.Combine(site.Root, ".site-cache");
            var bodies = Path.Combine(cache, "bodies");
            var body = Directory.Exists(bodies) ? Directory.EnumerateFiles(bodies, "*.body", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault() : null;
            if (body is not null)
            {
                File.Delete(body);
            }

            var parsed = Path.Combine(cache, "articles", "parsed");
            if (File.Exists(parsed))
            {
                var bytes = File.ReadAllBytes(parsed);
                bytes[bytes.Length / 2] ^= 0x55;
                File.WriteAllBytes(parsed, bytes);
            }

            return "caches damaged";
        }

        private string Wrote(List<string> edited, Piece piece, string what)
        {
            Write(piece);
            edited.Add(Path.Combine(site.Input, piece.Path));
            return what;
        }

        private Piece Add(bool pair)
        {
            var n = _next++;
            var year = 2021 + (n % 3);
            var date = $"{year}-{1 + (n % 12):00}-{1 + (n % 27):00}T09:00:00+01:00";
            var piece = new Piece($"articles/{year}/sujet-{n}.fr.md", $"Sujet {n}", date, $"Texte {n}.");
            piece.Tags.Add(TagPool[n % TagPool.Length]);
            piece.Lead = n % 2 == 0 ? Pictures[n % Pictures.Length] : null;
            piece.Inline = n % 3 == 0 ? Pictures[(n + 1) % Pictures.Length] : null;
            _pieces.Add(piece);
            if (pair)
            {
                var english = new Piece($"articles/{year}/sujet-{n}.en.md", $"Topic {n}", date, $"Text {n}.");
                english.Tags.Add(TagPool[(n + 1) % TagPool.Length]);
                _pieces.Add(english);
                Write(english);
            }

            Write(piece);
            return piece;
        }

        private void Write(Piece piece) => site.WriteInput(piece.Path, piece.Text(_pieces));
    }

    /// <summary>An article as the test edits it.</summary>
    private sealed class Piece(string path, string title, string date, string body)
    {
        public string Path { get; } = path;
        public string Title { get; set; } = title;
        public string Date { get; } = date;
        public string Body { get; set; } = body;
        public List<string> Tags { get; } = [];
        public string? Lead { get; set; }
        public string? Inline { get; set; }
        public List<string> Links { get; } = [];

        public string Text(IReadOnlyList<Piece> all)
        {
            var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"---\ntitle: \"{Title}\"\ndate: {Date}\ncategory: monde\n");
            if (Tags.Count > 0)
            {
                text.Append("tags: [").Append(string.Join(", ", Tags)).Append("]\n");
            }

            text.Append(Lead is null ? string.Empty : $"image: /{Lead}\nimage_alt: Une image\n");
            text.Append("---\n").Append(Body).Append('\n');
            text.Append(Inline is null ? string.Empty : $"\n![Une carte](/{Inline})\n");
            foreach (var link in Links.Where(l => all.Any(a => a.Path == l)))
            {
                text.Append(CultureInfo.InvariantCulture, $"\nVoir [l'autre](../../{link}).\n");
            }

            return text.ToString();
        }
    }
}
