using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;
using Site.Content.Media;
using Site.Core.Files;

namespace Site.Build.Images;

/// <summary>
/// The variants kept from one build to the next (<c>.site-cache/images/</c>), one file per variant under its published
/// name, which carries the hash of its source's bytes and of the settings: a file found under its name is that
/// variant. Files are written to a temporary name and renamed, so a build killed or a disk filled while writing never
/// leaves half a file under the real name; a file that is not a whole WebP or JPEG (damaged, cut short by hand) is
/// made again. The files the last successful build did not use are pruned.
/// </summary>
internal sealed class ImageStore(string folder)
{
    private const string Temporary = ".tmp";

    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);

    public string Folder { get; } = folder;

    /// <summary>Where <paramref name="variant"/> of a picture with content hash <paramref name="hash"/> is kept.</summary>
    public string PathOf(ImageVariant variant, string hash)
    {
        var name = Uri.UnescapeDataString(variant.SitePath[(variant.SitePath.LastIndexOf('/') + 1)..]);
        return Path.Combine(Folder, hash[..2], name);
    }

    /// <summary>Whether the variant is kept whole at <paramref name="path"/>; marks it used either way.</summary>
    public bool Has(string path)
    {
        _used[path] = true;
        if (!CacheFiles.IsRegular(path))
        {
            return false; // Missing, or a pipe or device planted in the cache, which a read would wait on for ever.
        }

        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            return IsWhole(file, path.EndsWith(".webp", StringComparison.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Writes a variant under a temporary name, then renames it into place.</summary>
    public void Keep(string path, byte[] bytes)
    {
        _used[path] = true;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var staging = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}{Temporary}";
        try
        {
            File.WriteAllBytes(staging, bytes);
            File.Move(staging, path, overwrite: true);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    /// <summary>Deletes the variants this build did not use, and leftovers of killed builds: the store holds one site.</summary>
    public void Prune()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            if (!_used.ContainsKey(file))
            {
                TryDelete(file);
            }
        }
    }

    /// <summary>A RIFF/WEBP file as long as its header says, or a JPEG from its start marker to its end marker.</summary>
    private static bool IsWhole(FileStream file, bool webp)
    {
        var length = file.Length;
        if (length < 12)
        {
            return false;
        }

        Span<byte> head = stackalloc byte[12];
        file.ReadExactly(head);
        if (webp)
        {
            return Encoding.ASCII.GetString(head[..4]) == "RIFF" && Encoding.ASCII.GetString(head[8..12]) == "WEBP"
                && BinaryPrimitives.ReadUInt32LittleEndian(head[4..8]) + 8L == length;
        }

        Span<byte> tail = stackalloc byte[2];
        file.Seek(-2, SeekOrigin.End);
        file.ReadExactly(tail);
        return head[0] == 0xFF && head[1] == 0xD8 && tail[0] == 0xFF && tail[1] == 0xD9;
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
