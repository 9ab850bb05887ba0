using Site.Content.Loading;
using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Build.Caching;

/// <summary>
/// An article's front matter as <see cref="ArticleStore"/> keeps it: every property of <see cref="Article"/> but its
/// source (the store's key) and its Markdown, which is the end of the file's text (its start is kept).
/// <c>ArticleStoreTests</c> fails when <see cref="Article"/> gains a property this class does not carry.
/// </summary>
internal static class ArticleCodec
{
    public static void Write(BinaryWriter writer, Article article, int bodyStart)
    {
        writer.Write(article.Language);
        writer.Write(article.Name);
        writer.Write(article.Title);
        WriteDate(writer, article.Date);
        writer.Write(article.Updated is not null);
        if (article.Updated is { } updated)
        {
            WriteDate(writer, updated);
        }

        WriteText(writer, article.CategoryKey);
        WriteTexts(writer, article.Tags);
        writer.Write(article.TagLocations.Count);
        foreach (var location in article.TagLocations)
        {
            WriteLocation(writer, location, article.SourcePath);
        }

        WriteText(writer, article.Summary);
        WriteText(writer, article.Image);
        WriteText(writer, article.ImageAlt);
        WriteText(writer, article.ImageCaption);
        WriteText(writer, article.ImageCredit);
        WriteText(writer, article.Author);
        WriteTexts(writer, article.AuthorKeys);
        writer.Write(article.Footer);
        writer.Write(article.Featured);
        writer.Write(article.Slug);
        WriteText(writer, article.TranslationKey);
        writer.Write(article.Draft);
        writer.Write(article.Aliases.Count);
        foreach (var alias in article.Aliases)
        {
            writer.Write(alias.Path);
            WriteLocation(writer, alias.At, article.SourcePath);
        }

        writer.Write(bodyStart);
        writer.Write(article.BodyLine);
        writer.Write(article.ReadingMinutes);
        writer.Write(article.KeyLocations.Count);
        foreach (var (key, location) in article.KeyLocations)
        {
            writer.Write(key.Name);
            WriteLocation(writer, location, article.SourcePath);
        }
    }

    /// <summary>
    /// The article read back, its Markdown taken from <paramref name="text"/>, or, without the text, from
    /// <paramref name="unread"/> given where the Markdown starts in it; null when what was kept does not fit the text.
    /// </summary>
    public static Article? Read(BinaryReader reader, ContentSource source, string? text, Func<int, IStoredText>? unread = null)
    {
        var language = reader.ReadString();
        var name = reader.ReadString();
        var title = reader.ReadString();
        var date = ReadDate(reader);
        DateTimeOffset? updated = reader.ReadBoolean() ? ReadDate(reader) : null;
        var category = ReadText(reader);
        var tags = ReadTexts(reader);
        var tagLocations = ReadList(reader, r => ReadLocation(r, source.Path));
        var summary = ReadText(reader);
        var image = ReadText(reader);
        var imageAlt = ReadText(reader);
        var imageCaption = ReadText(reader);
        var imageCredit = ReadText(reader);
        var author = ReadText(reader);
        var authorKeys = ReadTexts(reader);
        var footer = reader.ReadBoolean();
        var featured = reader.ReadBoolean();
        var slug = reader.ReadString();
        var translationKey = ReadText(reader);
        var draft = reader.ReadBoolean();
        var aliases = ReadList(reader, r => new Alias(r.ReadString(), ReadLocation(r, source.Path)));
        var bodyStart = reader.ReadInt32();
        var bodyLine = reader.ReadInt32();
        var readingMinutes = reader.ReadInt32();
        var count = reader.ReadInt32();
        var keyLocations = new Dictionary<FrontMatterKey, SourceLocation>(count);
        for (; count > 0; count--)
        {
            if (FrontMatterKey.Find(reader.ReadString()) is not { } key)
            {
                return null;
            }

            keyLocations[key] = ReadLocation(reader, source.Path);
        }

        if (bodyStart < 0 || (text is not null && bodyStart > text.Length) || (text is null && unread is null) || readingMinutes < 1)
        {
            return null;
        }

        var article = new Article
        {
            SourcePath = source.Path,
            Kind = source.Kind,
            Language = language,
            Name = name,
            Title = title,
            Date = date,
            Updated = updated,
            CategoryKey = category,
            Tags = tags,
            TagLocations = tagLocations,
            Summary = summary,
            Image = image,
            ImageAlt = imageAlt,
            ImageCaption = imageCaption,
            ImageCredit = imageCredit,
            Author = author,
            AuthorKeys = authorKeys,
            Footer = footer,
            Featured = featured,
            Slug = slug,
            TranslationKey = translationKey,
            Draft = draft,
            Aliases = aliases,
            Body = text is null ? string.Empty : text[bodyStart..],
            BodyLine = bodyLine,
            KeyLocations = keyLocations,

            // After the body, whose setting resets it.
            ReadingMinutes = readingMinutes,
        };
        if (text is null)
        {
            article.StoreBody(unread!(bodyStart));
        }

        return article;
    }

    private static void WriteDate(BinaryWriter writer, DateTimeOffset date)
    {
        writer.Write(date.Ticks);
        writer.Write(date.Offset.Ticks);
    }

    private static DateTimeOffset ReadDate(BinaryReader reader)
    {
        var ticks = reader.ReadInt64();
        return new DateTimeOffset(ticks, new TimeSpan(reader.ReadInt64()));
    }

    private static void WriteText(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadText(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteTexts(BinaryWriter writer, IReadOnlyList<string> texts)
    {
        writer.Write(texts.Count);
        foreach (var text in texts)
        {
            writer.Write(text);
        }
    }

    private static string[] ReadTexts(BinaryReader reader) => ReadList(reader, r => r.ReadString());

    /// <summary>A location, its file left out when it is the article's own (the usual case).</summary>
    private static void WriteLocation(BinaryWriter writer, SourceLocation location, string sourcePath)
    {
        var own = location.File == sourcePath;
        writer.Write(own);
        if (!own)
        {
            writer.Write(location.File);
        }

        writer.Write(location.Line);
        writer.Write(location.Column);
    }

    private static SourceLocation ReadLocation(BinaryReader reader, string sourcePath)
    {
        var file = reader.ReadBoolean() ? sourcePath : reader.ReadString();
        var line = reader.ReadInt32();
        return new SourceLocation(file, line, reader.ReadInt32());
    }

    private static T[] ReadList<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new FormatException("a negative count");
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = read(reader);
        }

        return items;
    }
}
