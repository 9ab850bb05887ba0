using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Site.Build.Plan;
using Site.Content.Markdown;
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

    private static readonly UInt128 CodeVersion = new FingerprintBuilder()
        .Add(Magic)
        .Add(typeof(MarkdownRenderer).Assembly.ManifestModule.ModuleVersionId.ToString())
        .Add(typeof(Markdig.Markdown).Assembly.ManifestModule.ModuleVersionId.ToString())
        .Add(typeof(RenderedBody).Assembly.ManifestModule.ModuleVersionId.ToString())
        .ToFingerprint().Value;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _folder = Path.Combine(cacheDirectory, "bodies");
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);

    public static UInt128 KeyOf(Article article, Uri baseUrl, BodyLabels labels) => new FingerprintBuilder()
        .Add(CodeVersion)
        .Add(baseUrl.AbsoluteUri)
        .Add(labels.Video)
        .Add(labels.VideoPrint)
        .Add(labels.TableRegion)
        .Add(article.SourcePath)
        .Add(article.Language)
        .Add(article.Body)
        .Add(article.Image is null ? 0 : 1)
        .Add(article.Summary is null ? 0 : 1)
        .Add(article.Summary)
        .ToFingerprint().Value;

    public (RenderedBody Body, RenderLookups Lookups)? Find(UInt128 key)
    {
        var path = PathOf(key);
        _used[Path.GetFileName(path)] = true;
        try
        {
            var bytes = File.ReadAllBytes(path);
            using var reader = new BinaryReader(new MemoryStream(bytes), Utf8);
            if (reader.ReadString() != Magic || ReadUInt128(reader) != key)
            {
                // Not this article's body (a file copied or swapped under this name), or from another version.
                return null;
            }

            var checksum = ReadUInt128(reader);
            var length = reader.ReadInt32();
            var start = (int)reader.BaseStream.Position;
            if (length != bytes.Length - start || XxHash128.HashToUInt128(bytes.AsSpan(start)) != checksum)
            {
                return null;
            }

            var body = new RenderedBody(reader.ReadString(), reader.ReadString(), reader.ReadString())
            {
                Pictures = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToList(),
            };
            var images = Enumerable.Range(0, reader.ReadInt32())
                .Select(_ => new ImageLookup(
                    reader.ReadString(),
                    reader.ReadBoolean() ? new ImageSize(reader.ReadInt32(), reader.ReadInt32()) : null,
                    reader.ReadBoolean() ? reader.ReadString() : null))
                .ToList();
            var links = Enumerable.Range(0, reader.ReadInt32())
                .Select(_ => new LinkLookup(reader.ReadString(), reader.ReadBoolean() ? reader.ReadString() : null))
                .ToList();
            return (body, new RenderLookups(images, links));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or FormatException or ArgumentException)
        {
            // Missing (the usual case for a new text), cut short by a killed build, or not ours: render it again.
            return null;
        }
    }

    /// <summary>Stores a body; a store that cannot be written only makes the next build slower.</summary>
    public void Keep(UInt128 key, RenderedBody body, RenderLookups lookups)
    {
        var path = PathOf(key);
        _used[Path.GetFileName(path)] = true;
        var staging = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            var payload = Payload(body, lookups);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var writer = new BinaryWriter(File.Create(staging), Utf8))
            {
                // The entry names its own key and the checksum of what follows: a file under another name is ignored.
                writer.Write(Magic);
                WriteUInt128(writer, key);
                WriteUInt128(writer, XxHash128.HashToUInt128(payload));
                writer.Write(payload.Length);
                writer.Write(payload);
            }

            // A rename: a build killed while writing leaves a .tmp file, never half a body under the real name.
            File.Move(staging, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
        }
    }

    private static byte[] Payload(RenderedBody body, RenderLookups lookups)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Utf8, leaveOpen: true))
        {
            writer.Write(body.Html);
            writer.Write(body.PrintHtml);
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

    private static UInt128 ReadUInt128(BinaryReader reader)
    {
        var upper = reader.ReadUInt64();
        return new UInt128(upper, reader.ReadUInt64());
    }

    private static void WriteUInt128(BinaryWriter writer, UInt128 value)
    {
        writer.Write((ulong)(value >> 64));
        writer.Write((ulong)value);
    }

    /// <summary>Deletes the bodies this build did not use, and leftovers of killed builds: the store holds one site.</summary>
    public void Prune()
    {
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

    private string PathOf(UInt128 key)
    {
        var name = key.ToString("x32", CultureInfo.InvariantCulture);
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
}
