using System.Buffers.Binary;
using System.Text;

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
    public static void Write(string file, string temporary, string magic, UInt128 validFor, IReadOnlyCollection<KeyValuePair<UInt128, ReadOnlyMemory<byte>>> records)
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
                    WriteUInt128(writer, validFor);
                    writer.Write(records.Count);
                    foreach (var (key, record) in records)
                    {
                        WriteUInt128(writer, key);
                        writer.Write(record.Length);
                        writer.Write(record.Span);
                    }
                }

                Span<byte> checksum = stackalloc byte[16];
                BinaryPrimitives.WriteUInt128LittleEndian(checksum, hashing.Hash);
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

    public static UInt128 ReadUInt128(BinaryReader reader)
    {
        var upper = reader.ReadUInt64();
        return new UInt128(upper, reader.ReadUInt64());
    }

    public static void WriteUInt128(BinaryWriter writer, UInt128 value)
    {
        writer.Write((ulong)(value >> 64));
        writer.Write((ulong)value);
    }
}
