using System.Globalization;
using System.Text;

namespace Site.Benchmarks;

/// <summary>
/// Generates a bilingual corpus in the site's input format: 85 % of articles translated, 400–1,200 words, sub-headings,
/// inline images, links between articles (relative source paths), twelve categories, a few hundred tags with accents
/// following a Zipf-like law, 1 % drafts. The same count and seed give the same bytes.
/// </summary>
internal sealed class CorpusGenerator(int seed)
{
    public const string Version = "1";

    private const int ImageCount = 60;

    private readonly Random _random = new(seed);

    public int Write(int articles, string folder)
    {
        var input = Path.Combine(folder, "input");
        Directory.CreateDirectory(Path.Combine(input, "media"));
        File.WriteAllText(Path.Combine(input, "site.yml"), SiteYaml(), Encoding.UTF8);
        for (var i = 0; i < ImageCount; i++)
        {
            File.WriteAllBytes(Path.Combine(input, "media", $"image-{i:D3}.png"), TinyPng.Make(i));
        }

        var files = ImageCount + 1;
        var start = new DateTimeOffset(2015, 1, 1, 8, 0, 0, TimeSpan.FromHours(1));
        var names = new List<(string Year, string Name)>();
        for (var i = 0; i < articles; i++)
        {
            var date = start.AddHours(i * 8 + _random.Next(0, 6));
            var offset = date.Month is >= 4 and <= 10 ? TimeSpan.FromHours(2) : TimeSpan.FromHours(1);
            date = new DateTimeOffset(date.DateTime, offset);
            var year = date.Year.ToString(CultureInfo.InvariantCulture);
            var name = $"article-{i:D6}-{Slug(Vocabulary.Places[i % Vocabulary.Places.Length])}";
            var folderOfYear = Path.Combine(input, "articles", year);
            Directory.CreateDirectory(folderOfYear);
            var category = Vocabulary.Categories[_random.Next(Vocabulary.Categories.Length)].Key;
            var tags = Tags();
            var draft = _random.Next(100) == 0;
            var link = names.Count > 0 ? names[_random.Next(names.Count)] : default;
            File.WriteAllText(Path.Combine(folderOfYear, name + ".fr.md"), Article("fr", date, category, tags, draft, link, year), Encoding.UTF8);
            files++;
            if (_random.Next(100) < 85)
            {
                File.WriteAllText(Path.Combine(folderOfYear, name + ".en.md"), Article("en", date, category, tags, draft, default, year), Encoding.UTF8);
                files++;
            }

            if (!draft)
            {
                names.Add((year, name));
            }
        }

        return files;
    }

    private static string SiteYaml()
    {
        var yaml = new StringBuilder("""
            title: { fr: "Le Banc d'essai", en: "The Test Bench" }
            description: { fr: "Un corpus généré", en: "A generated corpus" }
            baseUrl: https://bench.example.org/
            defaultLanguage: fr
            languages:
              - { code: fr, name: Français, culture: fr-FR }
              - { code: en, name: English, culture: en-GB }
            pageSize: 10
            lists: summary
            author: "La rédaction"
            timeZone: Europe/Paris
            categories:

            """);
        foreach (var (key, fr, en) in Vocabulary.Categories)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  {key}: {{ fr: \"{fr}\", en: \"{en}\" }}\n");
        }

        yaml.Append("tags:\n");
        for (var i = 0; i < 400; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  \"{TagName("fr", i)}\": {{ en: \"{TagName("en", i)}\" }}\n");
        }

        return yaml.ToString();
    }

    private static string TagName(string language, int index)
    {
        var stem = Vocabulary.TagStems[index % Vocabulary.TagStems.Length];
        var place = Vocabulary.Places[index / Vocabulary.TagStems.Length % Vocabulary.Places.Length];
        return language == "fr" ? $"{stem} à {place}" : $"{stem} in {place}";
    }

    private int[] Tags()
    {
        var count = _random.Next(2, 7);
        var tags = new HashSet<int>();
        while (tags.Count < count)
        {
            // Zipf-like: small indexes are much more frequent.
            tags.Add((int)Math.Min(399, Math.Floor(Math.Pow(400, _random.NextDouble())) - 1));
        }

        return [.. tags.Order()];
    }

    private string Article(string language, DateTimeOffset date, string category, int[] tags, bool draft, (string Year, string Name) link, string year)
    {
        var words = language == "fr" ? Vocabulary.FrenchWords : Vocabulary.EnglishWords;
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"title: \"{Capitalize(Sentence(words, 6, 12))}\"\n");
        text.Append(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-dd'T'HH:mm:sszzz}\n");
        text.Append(CultureInfo.InvariantCulture, $"category: {category}\n");
        text.Append("tags: [").Append(string.Join(", ", tags.Select(t => $"\"{TagName(language, t)}\""))).Append("]\n");
        var image = _random.Next(ImageCount);
        text.Append(CultureInfo.InvariantCulture, $"image: /media/image-{image:D3}.png\n");
        text.Append(CultureInfo.InvariantCulture, $"image_alt: \"{Capitalize(Sentence(words, 4, 8))}\"\n");
        if (draft)
        {
            text.Append("draft: true\n");
        }

        text.Append("---\n");
        var target = _random.Next(400, 1201);
        var written = 0;
        var paragraph = 0;
        while (written < target)
        {
            if (paragraph > 0 && paragraph % 3 == 0)
            {
                text.Append("## ").Append(Capitalize(Sentence(words, 3, 7))).Append("\n\n");
            }

            if (paragraph == 2)
            {
                text.Append(CultureInfo.InvariantCulture, $"![{Capitalize(Sentence(words, 3, 6))}](/media/image-{_random.Next(ImageCount):D3}.png)\n\n");
            }

            var length = _random.Next(40, 110);
            var body = Capitalize(Sentence(words, length, length));
            if (paragraph == 1 && link.Name is not null)
            {
                var relative = link.Year == year ? $"{link.Name}.fr.md" : $"../{link.Year}/{link.Name}.fr.md";
                body += $" Lire aussi [notre article]({relative}).";
            }

            text.Append(body).Append("\n\n");
            written += length;
            paragraph++;
        }

        return text.ToString();
    }

    private string Sentence(string[] words, int min, int max)
    {
        var count = _random.Next(min, max + 1);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => words[_random.Next(words.Length)])) + ".";
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Slug(string text) =>
        new string(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray())
            .ToLowerInvariant().Replace('ș', 's');
}
