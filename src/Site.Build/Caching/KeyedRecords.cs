using System.Buffers.Binary;
using System.Text;
using Site.Build.Plan;

namespace Site.Build.Caching;

/// <summary>
/// The layout the build cache's index files share (parsed articles, the bodies' index): a magic string, a 128-bit
/// key of what the whole file is valid for, then records of a 128-bit key and bytes, and a checksum of it all. Written
/// to a temporary name and renamed, so that a reader finds it whole or not at all.
/// </summary>
internal static class KeyedRecords
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes the file; one that cannot be written (a full disk) is only a slower next build.</summary>
    public static void Write(string file, string temporary, string magic, Hash128 validFor, IReadOnlyCollection<KeyValuePair<Hash128, ReadOnlyMemory<byte>>> records)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                var hashing = new HashingStream(stream);
                using (var writer = new BinaryWriter(hashing, Utf8, leaveOpen: true))
                {
                    writer.Write(magic);
                    WriteHash(writer, validFor);
                    writer.Write(records.Count);
                    foreach (var (key, record) in records)
                    {
                        WriteHash(writer, key);
                        writer.Write(record.Length);
                        writer.Write(record.Span);
                    }
                }

                Span<byte> checksum = stackalloc byte[16];
                hashing.Hash.WriteLittleEndian(checksum);
                stream.Write(checksum);
            }

            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Left for the next build, which writes over it.
            }
        }
    }

    /// <summary>A hash as <see cref="WriteHash"/> wrote it: the high half first.</summary>
    public static Hash128 ReadHash(BinaryReader reader)
    {
        var high = reader.ReadUInt64();
        return new Hash128(reader.ReadUInt64(), high);
    }

    public static void WriteHash(BinaryWriter writer, Hash128 value)
    {
        writer.Write(value.High);
        writer.Write(value.Low);
    }
}
