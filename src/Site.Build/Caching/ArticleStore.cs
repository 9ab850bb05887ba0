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
/// </summary>
internal sealed class ArticleStore : IParsedArticles
{
    private const string Magic = "site-articles/1";

    private static readonly UInt128 CodeVersion = new FingerprintBuilder()
        .Add(Magic)
        .Add(typeof(Site.Content.FrontMatter.ArticleParser).Assembly.ManifestModule.ModuleVersionId.ToString())
        .Add(typeof(Article).Assembly.ManifestModule.ModuleVersionId.ToString())
        .Add(typeof(YamlDotNet.RepresentationModel.YamlStream).Assembly.ManifestModule.ModuleVersionId.ToString())
        .Add(typeof(ArticleStore).Assembly.ManifestModule.ModuleVersionId.ToString())
        .ToFingerprint().Value;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _file;
    private readonly UInt128 _config;
    private readonly byte[] _bytes;
    private readonly Dictionary<UInt128, (int Offset, int Length)> _known;
    // What this build found (null: the entry is in the file read) or parsed (its bytes), by key.
    private readonly ConcurrentDictionary<UInt128, byte[]?> _used = new();
    private int _fresh;

    private ArticleStore(string file, UInt128 config, byte[] bytes, Dictionary<UInt128, (int Offset, int Length)> known)
    {
        _file = file;
        _config = config;
        _bytes = bytes;
        _known = known;
    }

    /// <summary>How many articles were found here (the others were parsed).</summary>
    public int Found => _used.Count - _fresh;

    /// <summary>The store of <paramref name="cacheDirectory"/>, for articles parsed with <paramref name="config"/>.</summary>
    public static ArticleStore Open(string cacheDirectory, SiteConfig config)
    {
        var file = Path.Combine(cacheDirectory, "articles", "parsed");
        var key = new FingerprintBuilder().Add(CodeVersion).Add(ContentHash.Of(config)).ToFingerprint().Value;
        var bytes = Read(file);
        var known = new Dictionary<UInt128, (int Offset, int Length)>();
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Utf8);
            if (bytes.Length > 0 && reader.ReadString() == Magic && KeyedRecords.ReadUInt128(reader) == key)
            {
                for (var count = reader.ReadInt32(); count > 0; count--)
                {
                    var article = KeyedRecords.ReadUInt128(reader);
                    var length = reader.ReadInt32();
                    var offset = (int)reader.BaseStream.Position;
                    if (length < 0 || offset + length > bytes.Length)
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

        return new ArticleStore(file, key, bytes, known);
    }

    public Article? Find(ContentSource source, string text)
    {
        var key = KeyOf(source, text);
        if (!_known.TryGetValue(key, out var at))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(_bytes, at.Offset, at.Length, writable: false), Utf8);
            var article = ArticleCodec.Read(reader, source, text);
            if (article is not null)
            {
                _used[key] = null;
            }

            return article;
        }
        catch (Exception e) when (e is IOException or FormatException or DecoderFallbackException or ArgumentException)
        {
            return null;
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

        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Utf8, leaveOpen: true))
        {
            ArticleCodec.Write(writer, article, text.Length - body.Length);
        }

        if (_used.TryAdd(KeyOf(source, text), stream.ToArray()))
        {
            Interlocked.Increment(ref _fresh);
        }
    }

    /// <summary>
    /// Writes the articles this build found or parsed, when they differ from what the file holds; a store that cannot
    /// be written only makes the next build slower.
    /// </summary>
    public void Save()
    {
        if (_fresh == 0 && _used.Count == _known.Count)
        {
            return;
        }

        var records = _used.Select(u => KeyValuePair.Create(u.Key, (ReadOnlyMemory<byte>)(u.Value ?? _bytes.AsMemory(_known[u.Key].Offset, _known[u.Key].Length)))).ToList();
        KeyedRecords.Write(_file, $"{_file}.{Environment.ProcessId}.tmp", Magic, _config, records);
    }

    private static UInt128 KeyOf(ContentSource source, string text) =>
        new FingerprintBuilder().Add(source.Path).Add((long)source.Kind).Add(XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()))).ToFingerprint().Value;

    /// <summary>The file's content without its checksum, or nothing when it is missing or damaged.</summary>
    private static byte[] Read(string file)
    {
        try
        {
            var bytes = CacheFiles.ReadAllBytes(file);
            return bytes.Length >= 16 && BinaryPrimitives.ReadUInt128LittleEndian(bytes.AsSpan(bytes.Length - 16)) == XxHash128.HashToUInt128(bytes.AsSpan(0, bytes.Length - 16))
                ? bytes[..^16]
                : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

}
