using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Site.Build.Caching;
using Site.Build.Plan;

namespace Site.Build.Tests.Caching;

/// <summary>
/// The build cache's hashes are <see cref="Hash128"/>, which stands for the <see cref="UInt128"/> the cache's files were
/// written with: the same values, written as the same bytes and named by the same digits, so that a cache written
/// before it is read as it was.
/// </summary>
public sealed class Hash128Tests
{
    public static TheoryData<string> Texts => ["", "a", "Élections en Géorgie", new string('x', 1000)];

    [Theory]
    [MemberData(nameof(Texts))]
    public void GivenBytesThenTheHashIsXxHash128sValue(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = XxHash128.HashToUInt128(bytes);

        var hash = Hash128.Of(bytes);
        var incremental = new XxHash128();
        incremental.Append(bytes);

        Assert.Equal(new Hash128((ulong)expected, (ulong)(expected >> 64)), hash);
        Assert.Equal(hash, Hash128.Of(incremental));
        Assert.Equal(expected.ToString("x32", System.Globalization.CultureInfo.InvariantCulture), hash.ToHex());
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void GivenAHashThenItIsWrittenAsItsUInt128Was(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var value = XxHash128.HashToUInt128(bytes);
        var hash = Hash128.Of(bytes);

        var before = new byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(before, value);
        var now = new byte[16];
        hash.WriteLittleEndian(now);
        Assert.Equal(before, now);
        Assert.Equal(hash, Hash128.ReadLittleEndian(before));

        using var written = new MemoryStream();
        using (var writer = new BinaryWriter(written, Encoding.UTF8, leaveOpen: true))
        {
            KeyedRecords.WriteHash(writer, hash);
        }

        // The records' keys were written high half first.
        Assert.Equal(BitConverter.GetBytes((ulong)(value >> 64)).Concat(BitConverter.GetBytes((ulong)value)), written.ToArray());
        written.Position = 0;
        using var reader = new BinaryReader(written);
        Assert.Equal(hash, KeyedRecords.ReadHash(reader));
    }
}
