using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Site.Build.Plan;
using Site.Content.Loading;
using Site.Core.Files;
using Site.Core.Model;

namespace Site.Build.Caching;

/// <summary>
/// Parsed articles kept in the build cache (<c>articles/parsed</c>) from one build to the next, so that a build after
/// one edit parses one file. Each is found by a hash of the code that parses, of the configuration (by content) and
/// of the file's path, kind and exact text: a file whose text changed, or any change to <c>site.yml</c>, parses it
/// again. Only articles parsed without a diagnostic are kept (<see cref="IParsedArticles"/>). The file holds the
/// articles this build used, is written whole or not at all (a temporary file, then a rename) and ends with a
/// checksum: a damaged or foreign file is ignored, and everything is parsed.
/// <para>
/// Beside it, <c>articles/stamps</c> holds the size and time of each file whose text was hashed, with that hash: a
/// file listed now with the same size and time, both old enough to be trusted (<see cref="OutputReuse.TrustedInput"/>),
/// is not even read (<see cref="FindUnread"/>); its article's Markdown is read from the file if something asks for
/// it, and must then still have that hash.
/// </para>
/// </summary>
internal sealed class ArticleStore : IParsedArticles
{
    private const string Magic = "site-articles/2";

    private const string StampsMagic = "site-article-stamps/1";

    private static readonly Hash128 CodeVersion = new FingerprintBuilder()
        .Add(Magic)
        .Add(typeof(Site.Content.FrontMatter.ArticleParser).Assembly.ManifestModule.ModuleVersionId.ToString())
        .Add(typeof(Article).Assembly.ManifestModule.ModuleVersionId.ToString())
        .Add(typeof(YamlDotNet.RepresentationModel.YamlStream).Assembly.ManifestModule.ModuleVersionId.ToString())
        .Add(typeof(ArticleStore).Assembly.ManifestModule.ModuleVersionId.ToString())
        .ToFingerprint().Value;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _file;
    private readonly Hash128 _config;
    private readonly byte[] _bytes;
    private readonly Dictionary<Hash128, (int Offset, int Length)> _known;
    // What this build found (null: the entry is in the file read) or parsed (its bytes), by key.
    private readonly ConcurrentDictionary<Hash128, byte[]?> _used = new();
    private readonly SourceTree? _input;
    private readonly Func<string, FileStamp?>? _trustedStamp;
    private readonly Dictionary<string, (FileStamp Stamp, Hash128 Text)> _stamps;
    // The files whose text this build knows by hash, with their trusted stamps, for the next build.
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, Hash128 Text)> _stampsNow = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Article, KnownArticle> _ids = new(ReferenceEqualityComparer.Instance);
    private int _fresh;
    private int _unread;

    private ArticleStore(string file, Hash128 config, byte[] bytes, Dictionary<Hash128, (int Offset, int Length)> known, SourceTree? input, Func<string, FileStamp?>? trustedStamp, Dictionary<string, (FileStamp Stamp, Hash128 Text)> stamps)
    {
        _file = file;
        _config = config;
        _bytes = bytes;
        _known = known;
        _input = input;
        _trustedStamp = trustedStamp;
        _stamps = stamps;
    }

    /// <summary>How many articles were found here (the others were parsed).</summary>
    public int Found => _used.Count - _fresh;

    /// <summary>How many articles were parsed and kept here.</summary>
    public int Fresh => _fresh;

    /// <summary>How many of those were found by their file's size and time, without reading the file.</summary>
    public int Unread => _unread;

    private string StampsFile => Path.Combine(Path.GetDirectoryName(_file)!, "stamps");

    /// <summary>The store of <paramref name="cacheDirectory"/>, for articles parsed with <paramref name="config"/>.</summary>
    /// <param name="inputDirectory">Where the articles' files are, to read an unread article's Markdown when asked.</param>
    /// <param name="trustedStamp">
    /// A file's size and time as listed when the build started (by its path relative to the input folder), when they
    /// can be trusted to tell an edit; null for a file to read whatever its stamp.
    /// </param>
    public static ArticleStore Open(string cacheDirectory, SiteConfig config, string? inputDirectory = null, Func<string, FileStamp?>? trustedStamp = null)
    {
        var file = Path.Combine(cacheDirectory, "articles", "parsed");
        var key = new FingerprintBuilder().Add(CodeVersion).Add(ContentHash.Of(config)).ToFingerprint().Value;
        var stamps = inputDirectory is null || trustedStamp is null ? [] : ReadStamps(Path.Combine(cacheDirectory, "articles", "stamps"), key);
        var bytes = Read(file);
        var known = new Dictionary<Hash128, (int Offset, int Length)>();
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes.Array!, 0, bytes.Count, writable: false), Utf8);
            if (bytes.Count > 0 && reader.ReadString() == Magic && KeyedRecords.ReadHash(reader) == key)
            {
                for (var count = reader.ReadInt32(); count > 0; count--)
                {
                    var article = KeyedRecords.ReadHash(reader);
                    var length = reader.ReadInt32();
                    var offset = (int)reader.BaseStream.Position;
                    if (length < 0 || offset + length > bytes.Count)
                    {
                        throw new FormatException("an entry longer than the file");
                    }

                    known[article] = (offset, length);
                    reader.BaseStream.Position = offset + length;
                }
            }
        }
        catch (Exception e) when (e is IOException or FormatException or DecoderFallbackException or ArgumentException)
        {
            known.Clear();
        }

        return new ArticleStore(file, key, bytes.Array!, known, inputDirectory is null ? null : SourceTree.Input(inputDirectory), trustedStamp, stamps);
    }

    public Article? Find(ContentSource source, string text)
    {
        var textHash = HashOf(text);
        var article = Decode(source, textHash, text);
        if (article is not null)
        {
            Remember(source, textHash);
        }

        return article;
    }

    /// <summary>
    /// The article of a file whose size and time are those recorded when its text was last hashed, both old enough to
    /// be trusted, without reading the file: its Markdown is read from it only if something asks for it.
    /// </summary>
    public Article? FindUnread(ContentSource source)
    {
        if (_input is null || _trustedStamp?.Invoke(source.Path) is not { } now || !_stamps.TryGetValue(source.Path, out var known) || known.Stamp != now)
        {
            return null;
        }

        var article = Decode(source, known.Text, text: null);
        if (article is not null)
        {
            _stampsNow[source.Path] = known;
            Interlocked.Increment(ref _unread);
        }

        return article;
    }

    /// <summary>What an article found or kept here is made of, by content; null for any other article.</summary>
    public KnownArticle? IdsOf(Article article) => _ids.TryGetValue(article, out var ids) ? ids : null;

    private Article? Decode(ContentSource source, Hash128 textHash, string? text)
    {
        var key = KeyOf(source, textHash);
        if (!_known.TryGetValue(key, out var at))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(_bytes, at.Offset, at.Length, writable: false), Utf8);
            var markdown = KeyedRecords.ReadHash(reader);
            var article = ArticleCodec.Read(reader, source, text, start => new UnreadMarkdown(_input!, source.Path, start, textHash, ForgetStamps));
            if (article is not null)
            {
                _used[key] = null;
                _ids[article] = new KnownArticle(key, markdown);
            }

            return article;
        }
        catch (Exception e) when (e is IOException or FormatException or DecoderFallbackException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Records the hash of a file's text with its size and time, when they can be trusted, for the next build.</summary>
    private void Remember(ContentSource source, Hash128 textHash)
    {
        if (_trustedStamp?.Invoke(source.Path) is { } stamp)
        {
            _stampsNow[source.Path] = (stamp, textHash);
        }
    }

    public void Keep(ContentSource source, string text, Article article)
    {
        // The Markdown is the end of the text (FrontMatterSplitter); anything else is not kept rather than guessed.
        var body = article.Body;
        if (!text.AsSpan().EndsWith(body.AsSpan()))
        {
            return;
        }

        var markdown = BodyStore.MarkdownIdOf(article);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Utf8, leaveOpen: true))
        {
            KeyedRecords.WriteHash(writer, markdown);
            ArticleCodec.Write(writer, article, text.Length - body.Length);
        }

        var textHash = HashOf(text);
        var key = KeyOf(source, textHash);
        if (_used.TryAdd(key, stream.ToArray()))
        {
            Interlocked.Increment(ref _fresh);
        }

        _ids[article] = new KnownArticle(key, markdown);
        Remember(source, textHash);
    }

    /// <summary>
    /// Writes the articles this build found or parsed, when they differ from what the file holds; a store that cannot
    /// be written only makes the next build slower.
    /// </summary>
    public void Save()
    {
        if (_fresh > 0 || _used.Count != _known.Count)
        {
            var records = _used.Select(u => KeyValuePair.Create(u.Key, (ReadOnlyMemory<byte>)(u.Value ?? _bytes.AsMemory(_known[u.Key].Offset, _known[u.Key].Length)))).ToList();
            KeyedRecords.Write(_file, $"{_file}.{Environment.ProcessId}.tmp", Magic, _config, records);
        }

        if (_input is not null && (_stampsNow.Count != _stamps.Count || _stampsNow.Any(s => !_stamps.TryGetValue(s.Key, out var known) || known != s.Value)))
        {
            var records = _stampsNow.Select(s => KeyValuePair.Create(s.Value.Text, (ReadOnlyMemory<byte>)StampBytes(s.Key, s.Value.Stamp))).ToList();
            KeyedRecords.Write(StampsFile, $"{StampsFile}.{Environment.ProcessId}.tmp", StampsMagic, _config, records);
        }
    }

    private static Hash128 HashOf(string text) => Hash128.Of(MemoryMarshal.AsBytes(text.AsSpan()));

    // With the code and configuration: the key is also the article's identity in the pages' fingerprints.
    private Hash128 KeyOf(ContentSource source, Hash128 textHash) =>
        new FingerprintBuilder().Add(_config).Add(source.Path).Add((long)source.Kind).Add(textHash).ToFingerprint().Value;

    /// <summary>
    /// Forgets every stamp, on disk too, once a file is found to hold another text than its stamp said (an edit that
    /// kept the file's size and time): the next build reads every file.
    /// </summary>
    private void ForgetStamps()
    {
        try
        {
            File.Delete(StampsFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Then the next build meets the same file again, and forgets again.
        }
    }

    private static byte[] StampBytes(string path, FileStamp stamp)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Utf8, leaveOpen: true))
        {
            writer.Write(path);
            writer.Write(stamp.Size);
            writer.Write(stamp.Modified);
        }

        return stream.ToArray();
    }

    /// <summary>The stamps a store of the same code and configuration recorded; none when the file is missing, damaged or foreign.</summary>
    private static Dictionary<string, (FileStamp Stamp, Hash128 Text)> ReadStamps(string file, Hash128 key)
    {
        var stamps = new Dictionary<string, (FileStamp Stamp, Hash128 Text)>(StringComparer.Ordinal);
        var bytes = Read(file);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes.Array!, 0, bytes.Count, writable: false), Utf8);
            if (bytes.Count > 0 && reader.ReadString() == StampsMagic && KeyedRecords.ReadHash(reader) == key)
            {
                for (var count = reader.ReadInt32(); count > 0; count--)
                {
                    var text = KeyedRecords.ReadHash(reader);
                    var end = reader.ReadInt32() + reader.BaseStream.Position;
                    var path = reader.ReadString();
                    stamps[path] = (new FileStamp(reader.ReadInt64(), reader.ReadInt64()), text);
                    if (reader.BaseStream.Position != end)
                    {
                        throw new FormatException("a stamp of another length than written");
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or FormatException or DecoderFallbackException or ArgumentException)
        {
            stamps.Clear();
        }

        return stamps;
    }

    /// <summary>The file's content without its checksum (not copied: the file is megabytes), or nothing when it is missing or damaged.</summary>
    private static ArraySegment<byte> Read(string file)
    {
        try
        {
            var bytes = CacheFiles.ReadAllBytes(file);
            return bytes.Length >= 16 && Hash128.ReadLittleEndian(bytes.AsSpan(bytes.Length - 16)) == Hash128.Of(bytes.AsSpan(0, bytes.Length - 16))
                ? new ArraySegment<byte>(bytes, 0, bytes.Length - 16)
                : new ArraySegment<byte>([]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ArraySegment<byte>([]);
        }
    }

}

/// <summary>What the build cache knows an article to be made of, so that neither is hashed again from its text.</summary>
/// <param name="Article">The whole article: its file's path, kind and text, with the code and configuration that parsed it.</param>
/// <param name="Markdown">What its body is rendered from (<see cref="BodyStore.MarkdownIdOf"/>).</param>
internal readonly record struct KnownArticle(Hash128 Article, Hash128 Markdown);
