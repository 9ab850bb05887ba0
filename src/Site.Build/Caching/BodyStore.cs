using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Site.Build.Plan;
using Site.Content.Markdown;
using Site.Core.Files;
using Site.Core.Model;
using Site.Core.Site;

namespace Site.Build.Caching;

/// <summary>
/// Rendered bodies kept on disk from one build to the next, so that a build renders only the articles that changed.
/// Each body is a file named by a hash of everything its rendering reads from its article (path, language, text,
/// summary, whether it has a lead image), of the base URL, of the theme's labels a body carries and of the code that renders (our assemblies and
/// Markdig's); what the rendering read elsewhere (image sizes and the hashes their variants are named by, where
/// linked articles are published) is stored in
/// the file and checked before the body is used. Each file also holds its own key and a checksum of its content, so
/// that a file swapped, copied or damaged under another name is rendered again rather than published under the
/// wrong article. Files that cannot be read are rendered again; bodies with warnings or errors are never stored.
/// </summary>
internal sealed class BodyStore(string cacheDirectory)
{
    private const string Magic = "site-body/3";
    private const string Extension = ".body";
    private const string IndexMagic = "site-body-index/1";

    private static readonly Hash128 CodeVersion = new FingerprintBuilder()
        .Add(Magic)
        .Add(typeof(MarkdownRenderer).Assembly.ManifestModule.ModuleVersionId.ToString())
        .Add(typeof(Markdig.Markdown).Assembly.ManifestModule.ModuleVersionId.ToString())
        .Add(typeof(RenderedBody).Assembly.ManifestModule.ModuleVersionId.ToString())
        .ToFingerprint().Value;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _folder = Path.Combine(cacheDirectory, "bodies");
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);

    // The index (bodies.index): for each body, its checksum and what a build needs before printing it (summary,
    // pictures, lookups), so that a build reads one file instead of every body's. Entries this build used: null when
    // as read, else the new entry.
    private readonly string _indexFile = Path.Combine(cacheDirectory, "bodies.index");
    private readonly ConcurrentDictionary<Hash128, byte[]?> _indexUsed = new();
    private byte[] _indexBytes = [];
    private Dictionary<Hash128, (int Offset, int Length)>? _index;
    private int _indexRead;
    private readonly Lock _indexGate = new();
    private readonly ConcurrentDictionary<Hash128, RenderedBody> _remade = new();

    /// <summary>How many bodies of the index were rendered again when a page printed them (their files were gone or damaged).</summary>
    public int Remade => _remade.Count;

    private Dictionary<Hash128, (int Offset, int Length)> Index
    {
        get
        {
            if (Volatile.Read(ref _index) is { } index)
            {
                return index;
            }

            lock (_indexGate)
            {
                return _index ??= ReadIndex();
            }
        }
    }

    /// <param name="markdownId">
    /// <see cref="MarkdownIdOf"/> the article, when the build cache knows it already (<see cref="ArticleStore.IdsOf"/>):
    /// the Markdown of an article whose file was not read is then not read back to hash it.
    /// </param>
    public static Hash128 KeyOf(Article article, Uri baseUrl, BodyLabels labels, Hash128? markdownId = null) => new FingerprintBuilder()
        .Add(CodeVersion)
        .Add(baseUrl.AbsoluteUri)
        .Add(labels.Video)
        .Add(labels.VideoPrint)
        .Add(labels.TableRegion)
        .Add(article.SourcePath)
        .Add(article.Language)
        .Add(markdownId ?? MarkdownIdOf(article))
        .ToFingerprint().Value;

    /// <summary>What of an article its body is rendered from, besides its path and language: the Markdown, whether it has a lead image, its summary.</summary>
    public static Hash128 MarkdownIdOf(Article article) => new FingerprintBuilder()
        .Add(article.Body)
        .Add(article.Image is null ? 0 : 1)
        .Add(article.Summary is null ? 0 : 1)
        .Add(article.Summary)
        .ToFingerprint().Value;

    /// <summary>
    /// The body kept under <paramref name="key"/>, with what its rendering looked up and its identity (the checksum of
    /// what the store holds: equal checksums mean equal bodies). A body listed in the index is handed out without its
    /// HTML, which is read from its file when a page prints it (<paramref name="render"/> makes it again if the file
    /// is gone by then: a body is the same however often it is rendered).
    /// </summary>
    public (RenderedBody Body, RenderLookups Lookups, Hash128 Id)? Find(Hash128 key, Func<(RenderedBody Body, RenderLookups Lookups)>? render = null)
    {
        var path = PathOf(key);
        _used[Path.GetFileName(path)] = true;
        if (render is not null && Index.TryGetValue(key, out var at))
        {
            try
            {
                var (checksum, summary, pictures, lookups) = ReadIndexEntry(at);
                _indexUsed[key] = null;
                var body = new RenderedBody(string.Empty, string.Empty, summary) { Pictures = pictures }
                    .StoredIn(new Kept(this, key, checksum, Print: false, render), new Kept(this, key, checksum, Print: true, render));
                return (body, lookups, checksum);
            }
            catch (Exception e) when (e is IOException or DecoderFallbackException or FormatException or ArgumentException)
            {
                // A damaged entry: the body's own file decides.
            }
        }

        try
        {
            var bytes = CacheFiles.ReadAllBytes(path);
            if (Verified(bytes, key) is not { } found)
            {
                return null;
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, found.Start, bytes.Length - found.Start, writable: false), Utf8);
            var (html, print) = (reader.ReadString(), reader.ReadString());
            var entryStart = (int)reader.BaseStream.Position;
            var (summary, pictures, lookups) = ReadMeta(reader);
            _indexUsed[key] = [.. Checksum(found.Checksum), .. bytes.AsSpan(found.Start + entryStart)];
            return (new RenderedBody(html, print, summary) { Pictures = pictures }, lookups, found.Checksum);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or FormatException or ArgumentException)
        {
            // Missing (the usual case for a new text), cut short by a killed build, or not ours: render it again.
            return null;
        }
    }

    /// <summary>The identity <see cref="Find"/> gives a body, for one rendered now: the checksum the store would hold.</summary>
    public static Hash128 IdOf(RenderedBody body, RenderLookups lookups) => Hash128.Of(Payload(body, lookups));

    /// <summary>Where a body's payload starts and its checksum, when the file is this key's whole entry.</summary>
    private static (int Start, Hash128 Checksum)? Verified(byte[] bytes, Hash128 key)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Utf8);
        if (reader.ReadString() != Magic || KeyedRecords.ReadHash(reader) != key)
        {
            // Not this article's body (a file copied or swapped under this name), or from another version.
            return null;
        }

        var checksum = KeyedRecords.ReadHash(reader);
        var length = reader.ReadInt32();
        var start = (int)reader.BaseStream.Position;
        return length != bytes.Length - start || Hash128.Of(bytes.AsSpan(start)) != checksum ? null : (start, checksum);
    }

    /// <summary>The web or print HTML of a body in the index, from its file; null when the file is gone or no longer that body.</summary>
    private string? ReadHtml(Hash128 key, Hash128 checksum, bool print)
    {
        try
        {
            var bytes = CacheFiles.ReadAllBytes(PathOf(key));
            if (Verified(bytes, key) is not { } found || found.Checksum != checksum)
            {
                return null;
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, found.Start, bytes.Length - found.Start, writable: false), Utf8);
            var html = reader.ReadString();
            return print ? reader.ReadString() : html;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static (string Summary, List<string> Pictures, RenderLookups Lookups) ReadMeta(BinaryReader reader)
    {
        var summary = reader.ReadString();
        var pictures = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToList();
        var images = Enumerable.Range(0, reader.ReadInt32())
            .Select(_ => new ImageLookup(
                reader.ReadString(),
                reader.ReadBoolean() ? new ImageSize(reader.ReadInt32(), reader.ReadInt32()) : null,
                reader.ReadBoolean() ? reader.ReadString() : null))
            .ToList();
        var links = Enumerable.Range(0, reader.ReadInt32())
            .Select(_ => new LinkLookup(reader.ReadString(), reader.ReadBoolean() ? reader.ReadString() : null))
            .ToList();
        return (summary, pictures, new RenderLookups(images, links));
    }

    /// <summary>Stores a body and returns its identity (<see cref="IdOf"/>); a store that cannot be written only makes the next build slower.</summary>
    public Hash128 Keep(Hash128 key, RenderedBody body, RenderLookups lookups)
    {
        var path = PathOf(key);
        _used[Path.GetFileName(path)] = true;
        var staging = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        var payload = Payload(body, lookups, out var meta);
        var checksum = Hash128.Of(payload);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var writer = new BinaryWriter(File.Create(staging), Utf8))
            {
                // The entry names its own key and the checksum of what follows: a file under another name is ignored.
                writer.Write(Magic);
                KeyedRecords.WriteHash(writer, key);
                KeyedRecords.WriteHash(writer, checksum);
                writer.Write(payload.Length);
                writer.Write(payload);
            }

            // A rename: a build killed while writing leaves a .tmp file, never half a body under the real name.
            File.Move(staging, path, overwrite: true);
            _indexUsed[key] = [.. Checksum(checksum), .. payload.AsSpan(meta)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
        }

        return checksum;
    }

    private static byte[] Payload(RenderedBody body, RenderLookups lookups) => Payload(body, lookups, out _);

    /// <summary>What a body's file holds after its header; <paramref name="meta"/> is where what follows the HTML starts (what the index keeps).</summary>
    private static byte[] Payload(RenderedBody body, RenderLookups lookups, out int meta)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Utf8, leaveOpen: true))
        {
            writer.Write(body.Html);
            writer.Write(body.PrintHtml);
            writer.Flush();
            meta = (int)stream.Position;
            writer.Write(body.Summary);
            writer.Write(body.Pictures.Count);
            foreach (var picture in body.Pictures)
            {
                writer.Write(picture);
            }

            writer.Write(lookups.Images.Count);
            foreach (var image in lookups.Images)
            {
                writer.Write(image.Url);
                writer.Write(image.Size is not null);
                if (image.Size is { } size)
                {
                    writer.Write(size.Width);
                    writer.Write(size.Height);
                }

                writer.Write(image.Hash is not null);
                if (image.Hash is not null)
                {
                    writer.Write(image.Hash);
                }
            }

            writer.Write(lookups.Links.Count);
            foreach (var link in lookups.Links)
            {
                writer.Write(link.Source);
                writer.Write(link.SitePath is not null);
                if (link.SitePath is not null)
                {
                    writer.Write(link.SitePath);
                }
            }
        }

        return stream.ToArray();
    }


    /// <summary>Deletes the bodies this build did not use, and leftovers of killed builds: the store holds one site.</summary>
    public void Prune()
    {
        SaveIndex();
        if (!Directory.Exists(_folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            var ours = name.EndsWith(Extension, StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal);
            if (ours && !_used.ContainsKey(name))
            {
                TryDelete(file);
            }
        }
    }

    private Dictionary<Hash128, (int Offset, int Length)> ReadIndex()
    {
        var index = new Dictionary<Hash128, (int Offset, int Length)>();
        try
        {
            var bytes = CacheFiles.ReadAllBytes(_indexFile);
            if (bytes.Length < 16 || Hash128.ReadLittleEndian(bytes.AsSpan(bytes.Length - 16)) != Hash128.Of(bytes.AsSpan(0, bytes.Length - 16)))
            {
                return index;
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 16, writable: false), Utf8);
            if (reader.ReadString() != IndexMagic || KeyedRecords.ReadHash(reader) != CodeVersion)
            {
                return index;
            }

            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var key = KeyedRecords.ReadHash(reader);
                var length = reader.ReadInt32();
                var offset = (int)reader.BaseStream.Position;
                if (length < 16 || offset + length > bytes.Length - 16)
                {
                    index.Clear();
                    return index;
                }

                index[key] = (offset, length);
                reader.BaseStream.Position = offset + length;
            }

            _indexBytes = bytes;
            _indexRead = index.Count;
            return index;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or FormatException or ArgumentException)
        {
            index.Clear();
            return index;
        }
    }

    private (Hash128 Checksum, string Summary, List<string> Pictures, RenderLookups Lookups) ReadIndexEntry((int Offset, int Length) at)
    {
        var checksum = Hash128.ReadLittleEndian(_indexBytes.AsSpan(at.Offset, 16));
        using var reader = new BinaryReader(new MemoryStream(_indexBytes, at.Offset + 16, at.Length - 16, writable: false), Utf8);
        var (summary, pictures, lookups) = ReadMeta(reader);
        return (checksum, summary, pictures, lookups);
    }

    /// <summary>Writes the index of the bodies this build used, when it differs from the one read; whole or not at all.</summary>
    private void SaveIndex()
    {
        var index = Index;
        if (_indexUsed.Count == _indexRead && _indexUsed.All(e => e.Value is null))
        {
            return;
        }

        var records = _indexUsed.Select(u => KeyValuePair.Create(u.Key, (ReadOnlyMemory<byte>)(u.Value ?? _indexBytes.AsMemory(index[u.Key].Offset, index[u.Key].Length)))).ToList();
        KeyedRecords.Write(_indexFile, $"{_indexFile}.{Environment.ProcessId}.part", IndexMagic, CodeVersion, records);
    }

    private static byte[] Checksum(Hash128 value)
    {
        var bytes = new byte[16];
        value.WriteLittleEndian(bytes);
        return bytes;
    }

    private string PathOf(Hash128 key)
    {
        var name = key.ToHex();
        return Path.Combine(_folder, name[..2], name + Extension);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next prune.
        }
    }

    /// <summary>A body made again because its file was gone or not what the index says: rendered once, and stored again.</summary>
    private RenderedBody Remake(Hash128 key, Func<(RenderedBody Body, RenderLookups Lookups)> render) => _remade.GetOrAdd(key, _ =>
    {
        var (body, lookups) = render();
        Keep(key, body, lookups);
        return body;
    });

    /// <summary>A body's HTML in the store, read when a page prints it; made again if its file is gone or changed by then.</summary>
    private sealed record Kept(BodyStore Store, Hash128 Key, Hash128 Checksum, bool Print, Func<(RenderedBody Body, RenderLookups Lookups)> Render) : IStoredText
    {
        public string Read() => Store.ReadHtml(Key, Checksum, Print) ?? (Store.Remake(Key, Render) is var body && Print ? body.PrintHtml : body.Html);
    }
}
