using System.Text;
using System.Text.RegularExpressions;
using Site.TestSupport;
using SkiaSharp;

namespace Site.Preview.Tests.Hardening;

/// <summary>
/// Random edits of a small bilingual site, as an author makes them while previewing: article text, each
/// front-matter field, lead images resized, files renamed and deleted, layouts, UI strings and site.yml. Each edit
/// returns the files it touched, as a file watcher would report them; half of them keep the file's old
/// modification time (tools that copy times, or two saves within the clock's resolution).
/// </summary>
internal sealed partial class SiteEdits(TestSite site, int seed)
{
    private static readonly string[] Categories = ["monde", "economie"];
    private static readonly string[] TagPool = ["Genève", "Santé", "Climat", "Vladimir Poutine"];
    private static readonly string[] Layouts = ["article.liquid", "list.liquid", "base.liquid", "print.liquid", "tags.liquid"];
    private static readonly string[] UiKeys = ["home", "read_more", "tags", "published"];

    private readonly Random _random = new(seed);
    private readonly Dictionary<string, Dictionary<string, string>> _articles = new(StringComparer.Ordinal);
    private int _next;

    public void Create()
    {
        for (var i = 0; i < 3; i++)
        {
            WriteImage($"media/p{i}.png", 40 + (10 * i), 30);
        }

        foreach (var name in new[] { "sommet", "vaccins", "climat" })
        {
            foreach (var language in new[] { "fr", "en" })
            {
                Write($"articles/{name}.{language}.md", NewArticle());
            }
        }

        Write("articles/seul.fr.md", NewArticle());
    }

    /// <returns>What the edit did, and the full paths it touched.</returns>
    public (string What, IReadOnlyList<string> Touched) Next()
    {
        var paths = _articles.Keys.Order(StringComparer.Ordinal).ToList();
        var path = paths.Count > 0 ? paths[_random.Next(paths.Count)] : null;
        switch (_random.Next(path is null ? 1 : 12))
        {
            case 0:
                var created = $"articles/nouveau-{_next++}.{(_random.Next(2) == 0 ? "fr" : "en")}.md";
                return ($"add {created}", Write(created, NewArticle()));
            case 1:
                var renamed = $"articles/renomme-{_next++}.{path![^5..]}";
                File.Move(Input(path), Input(renamed));
                _articles[renamed] = _articles[path];
                _articles.Remove(path);
                return ($"rename {path} to {renamed}", [Input(path), Input(renamed)]);
            case 2:
                File.Delete(Input(path!));
                _articles.Remove(path!);
                return ($"delete {path}", [Input(path!)]);
            case 3:
                var image = $"media/p{_random.Next(3)}.png";
                return ($"resize {image}", WriteImage(image, 20 + _random.Next(80), 20 + _random.Next(80)));
            case 4:
                var layout = Path.Combine(site.Theme, "layouts", Layouts[_random.Next(Layouts.Length)]);
                return ($"edit {Path.GetFileName(layout)}", Rewrite(layout, text => text + $"<!-- edit {_random.Next(100, 1000)} -->\n"));
            case 5:
                var key = UiKeys[_random.Next(UiKeys.Length)];
                var strings = Path.Combine(site.Theme, "i18n", _random.Next(2) == 0 ? "fr.yml" : "en.yml");
                return ($"edit {key} in {Path.GetFileName(strings)}", Rewrite(strings, text => Regex.Replace(text, $"(?m)^{key}: \"([^\"]*?)( \\d+)?\"", m => $"{key}: \"{m.Groups[1].Value} {_random.Next(100, 1000)}\"")));
            case 6:
                var config = Path.Combine(site.Input, "site.yml");
                return _random.Next(2) == 0
                    ? ("edit the site's title", Rewrite(config, text => Regex.Replace(text, "Le Journal( \\d+)?", $"Le Journal {_random.Next(100, 1000)}")))
                    : ("edit pageSize", Rewrite(config, text => Regex.Replace(text, "pageSize: \\d+", $"pageSize: {2 + _random.Next(3)}")));
            case 7 or 8:
                _articles[path!]["body"] = Text();
                return ($"edit the text of {path}", WriteArticle(path!));
            default:
                var field = EditField(_articles[path!]);
                return ($"edit {field} of {path}", WriteArticle(path!));
        }
    }

    /// <summary>An article's text: plain, or with a heading (an anchor), a link, or a picture (which needs variants).</summary>
    private string Text() => _random.Next(4) switch
    {
        0 => $"Texte {_random.Next(100, 1000)}.",
        1 => $"Texte {_random.Next(100, 1000)}.\n\n## Partie {_random.Next(1, 4)}\n\nSuite.",
        2 => $"Voir [l’accueil](/fr/) et [l’autre](/en/), {_random.Next(100, 1000)}.",
        _ => $"Texte {_random.Next(100, 1000)}.\n\n![Une image](/media/p{_random.Next(3)}.png)",
    };

    private string EditField(Dictionary<string, string> fields)
    {
        var field = new[] { "title", "date", "updated", "category", "tags", "summary", "image", "author", "slug", "translationKey", "draft" }[_random.Next(11)];
        var value = field switch
        {
            "title" => $"\"Titre {_random.Next(100, 1000)}\"",
            "date" => Date(),
            "updated" => _random.Next(3) == 0 ? null : "2024-01-02T10:00:00+01:00",
            "category" => Categories[_random.Next(Categories.Length)],
            "tags" => "[" + string.Join(", ", TagPool.Where(_ => _random.Next(2) == 0)) + "]",
            "summary" => _random.Next(3) == 0 ? null : $"\"Résumé {_random.Next(100, 1000)}\"",
            "image" => _random.Next(3) == 0 ? null : $"/media/p{_random.Next(3)}.png",
            "author" => _random.Next(2) == 0 ? null : $"\"Auteur {_random.Next(10, 100)}\"",
            "slug" => _random.Next(2) == 0 ? null : $"slug-{_next++}",
            "translationKey" => _random.Next(2) == 0 ? null : $"cle-{_random.Next(3)}",
            _ => _random.Next(4) == 0 ? "true" : null,
        };
        if (value is null)
        {
            fields.Remove(field);
        }
        else
        {
            fields[field] = value;
        }

        if (field == "image")
        {
            if (value is null)
            {
                fields.Remove("image_alt");
            }
            else
            {
                fields["image_alt"] = $"\"Image {_random.Next(10, 100)}\"";
            }
        }

        return field;
    }

    private Dictionary<string, string> NewArticle() => new(StringComparer.Ordinal)
    {
        ["title"] = $"\"Titre {_random.Next(100, 1000)}\"",
        ["date"] = Date(),
        ["category"] = Categories[_random.Next(Categories.Length)],
        ["tags"] = $"[{TagPool[_random.Next(TagPool.Length)]}]",
        ["body"] = $"Texte {_random.Next(100, 1000)}.",
    };

    private string Date() => $"2021-{1 + _random.Next(12):D2}-{1 + _random.Next(28):D2}T09:00:00+01:00";

    private IReadOnlyList<string> Write(string path, Dictionary<string, string> fields)
    {
        _articles[path] = fields;
        return WriteArticle(path);
    }

    private IReadOnlyList<string> WriteArticle(string path)
    {
        var text = new StringBuilder("---\n");
        foreach (var (key, value) in _articles[path].Where(f => f.Key != "body").OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append(": ").Append(value).Append('\n');
        }

        text.Append("---\n").Append(_articles[path]["body"]).Append('\n');
        return Rewrite(Input(path), _ => text.ToString());
    }

    private IReadOnlyList<string> WriteImage(string path, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor((byte)_random.Next(256), 80, 120));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return Rewrite(Input(path), data.ToArray());
    }

    private IReadOnlyList<string> Rewrite(string file, Func<string, string> edit) =>
        Rewrite(file, Encoding.UTF8.GetBytes(edit(File.Exists(file) ? File.ReadAllText(file) : string.Empty)));

    private IReadOnlyList<string> Rewrite(string file, byte[] bytes)
    {
        var before = File.Exists(file) ? File.GetLastWriteTimeUtc(file) : (DateTime?)null;
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, bytes);
        if (before is not null && _random.Next(2) == 0)
        {
            File.SetLastWriteTimeUtc(file, before.Value);
        }

        return [file];
    }

    private string Input(string path) => Path.Combine(site.Input, path);
}
