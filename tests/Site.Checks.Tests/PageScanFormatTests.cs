using System.Text;
using System.Text.Json;

namespace Site.Checks.Tests;

/// <summary>A scan written and read back is the same scan, field for field: what a build keeps between builds.</summary>
public sealed class PageScanFormatTests
{
    [Fact]
    public void GivenAnHtmlPageWhenItsScanIsWrittenAndReadThenEveryFieldIsTheSame()
    {
        var scan = PageScanner.Scan("fr/a/index.html", """
            <!doctype html>
            <html lang="fr"><head><base href="/fr/"><title>Un  titre</title>
            <meta name="description" content="Résumé"><meta name="robots" content="noindex">
            <meta property="og:type" content="article"><meta http-equiv="refresh" content="0; url=/fr/b/">
            <link rel="canonical" href="https://example.org/fr/a/"><link rel="alternate" hreflang="en" href="https://example.org/en/a/">
            </head><body><h2 id="partie">Partie</h2><a name="ancre"></a><a href="../b/#partie">b</a>
            <img src="/media/x.png"><img src="/media/y.png" srcset="/media/y.480.webp 480w, /media/y.800.webp 800w" alt="Y"></body></html>
            """);

        Assert.Equal(Dump(scan), Dump(RoundTrip(scan)));
    }

    [Theory]
    [InlineData("sitemap.xml", """<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"><url><loc>https://example.org/fr/</loc><xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/"/></url></urlset>""")]
    [InlineData("fr/feed.xml", """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="https://example.org/fr/a/"/></entry></feed>""")]
    [InlineData("broken.xml", """<?xml version="1.0"?><urlset><url>""")]
    public void GivenAnXmlFileWhenItsScanIsWrittenAndReadThenEveryFieldIsTheSame(string path, string xml)
    {
        var scan = PageScanner.Scan(path, xml);

        Assert.NotNull(scan.Xml);
        Assert.Equal(Dump(scan), Dump(RoundTrip(scan)));
    }

    [Fact]
    public void GivenSharedStringsWhenScansAreReadThenTheyAreTheSameScansSharingTheirUrls()
    {
        var page = """<html><head><title>T</title></head><body><a href="/fr/">Accueil</a><a href="/fr/">Encore</a></body></html>""";
        var (first, second) = (PageScanner.Scan("fr/a/index.html", page), PageScanner.Scan("fr/b/index.html", page));
        var strings = new ScanStrings();

        var (readFirst, readSecond) = (RoundTrip(first, strings), RoundTrip(second, strings));

        Assert.Equal(Dump(first), Dump(readFirst));
        Assert.Equal(Dump(second), Dump(readSecond));
        var links = readFirst.References.Concat(readSecond.References).Where(r => r.Value == "/fr/").ToList();
        Assert.Equal(4, links.Count);
        Assert.All(links, link => Assert.Same(links[0].Value, link.Value));
    }

    [Fact]
    public void GivenScansReadFromAWholeFileWhenTheirReferencesAreNotAskedForThenTheyStayUndecodedAndAreTheSameOnceAsked()
    {
        var scan = PageScanner.Scan("fr/a/index.html", """<html><head><title>T</title></head><body><a href="/fr/b/">b</a><img src="/media/x.png"></body></html>""");
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            PageScanFormat.Write(writer, scan);
        }

        var bytes = stream.ToArray();
        using var shared = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), Encoding.UTF8);
        using var copied = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);

        var (kept, decoded) = (PageScanFormat.Read(shared), PageScanFormat.Read(copied));

        Assert.IsNotType<PageReference[]>(kept.References);
        Assert.IsNotType<PageReference[]>(kept.ImagesWithoutAlt);
        Assert.IsType<PageReference[]>(decoded.References);
        Assert.Equal(Dump(scan), Dump(kept));
        Assert.Equal(Dump(scan), Dump(decoded));
        Assert.Equal(["/fr/b/", "/media/x.png"], kept.References.Select(r => r.Value));
    }

    [Fact]
    public void GivenPagesThatShareTheirLinksWhenWrittenWithOneTableThenEachUrlIsWrittenOnceAndEveryScanReadsBackTheSame()
    {
        var scans = Enumerable.Range(0, 50).Select(i => PageScanner.Scan($"fr/{i}/index.html", $"""
            <html lang="fr"><head><title>Page {i}</title><link rel="canonical" href="https://example.org/fr/{i}/"></head>
            <body><nav><a href="/fr/">Accueil</a><a href="/fr/categories/politique/">Politique</a><a href="/fr/tags/">Tags</a></nav>
            <a href="/fr/{(i + 1) % 50}/">suivant</a><img src="/media/logo.png" alt="Logo"></body></html>
            """)).ToList();

        var (withTable, table) = (Write(scans, new ScanTable()), new ScanTable());
        var alone = Write(scans, table: null);
        using var shared = new BinaryReader(new MemoryStream(withTable, 0, withTable.Length, writable: false, publiclyVisible: true), Encoding.UTF8);
        using var copied = new BinaryReader(new MemoryStream(withTable, writable: false), Encoding.UTF8);
        var (copiedTable, strings) = (new ScanTable(), new ScanStrings());
        var kept = scans.Select(_ => PageScanFormat.Read(shared, strings, table)).ToList();
        var decoded = scans.Select(_ => PageScanFormat.Read(copied, table: copiedTable)).ToList();

        Assert.True(withTable.Length * 3 < alone.Length * 2, $"{withTable.Length} bytes with a table, {alone.Length} without");
        Assert.Equal(scans.Select(Dump), kept.Select(Dump));
        Assert.Equal(scans.Select(Dump), decoded.Select(Dump));
        Assert.All(kept, scan => Assert.IsNotType<PageReference[]>(scan.References));
        Assert.Same(kept[0].References[0].Value, kept[49].References[0].Value);
        Assert.Equal(Encoding.UTF8.GetBytes("/fr/categories/politique/").Length, CountOf(withTable, "/fr/categories/politique/"));
    }

    [Fact]
    public void GivenABlockOfReferencesThatClaimsOneMoreThanItHoldsWhenReadFromAWholeFileThenTheReadFails()
    {
        var scan = PageScanner.Scan("fr/a/index.html", """<html><head><title>T</title></head><body><a href="/fr/b/">b</a><a href="/fr/c/">c</a></body></html>""");
        var bytes = Write([scan], new ScanTable());
        // The path (a length byte and 15 bytes), no base, then the block: its length in bytes and its count.
        var countAt = 1 + "fr/a/index.html".Length + 1 + sizeof(int);
        Assert.Equal(2, BitConverter.ToInt32(bytes, countAt));
        BitConverter.TryWriteBytes(bytes.AsSpan(countAt), 3);

        using var shared = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), Encoding.UTF8);

        var failure = Record.Exception(() => PageScanFormat.Read(shared, table: new ScanTable()));
        Assert.True(failure is FormatException or EndOfStreamException, failure?.ToString() ?? "read without failing");
    }

    [Fact]
    public void GivenAReferenceNumberedBeyondTheTableWhenReadThenTheReadFailsAtOnce()
    {
        var scan = PageScanner.Scan("fr/a/index.html", """<html><head><title>T</title></head><body><a href="/fr/b/">b</a></body></html>""");
        var bytes = Write([scan], new ScanTable());
        var value = IndexOf(bytes, "/fr/b/");
        // The string in full becomes "number 9": one byte, then the bytes of the string left as they are.
        bytes[value - 2] = 9;

        using var shared = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), Encoding.UTF8);

        Assert.Throws<FormatException>(() => PageScanFormat.Read(shared, table: new ScanTable()));
    }

    [Fact]
    public void GivenReferencesThatDoNotFillTheirLengthWhenReadFromAWholeFileThenTheReadFailsAtOnceRatherThanTheCheckLater()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("fr/a/index.html");
            writer.Write(false);
            writer.Write(sizeof(int));
            writer.Write(5);
        }

        var bytes = stream.ToArray();
        using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), Encoding.UTF8);

        Assert.Throws<FormatException>(() => PageScanFormat.Read(reader));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void GivenAReferenceWithANumberNoStringHasWhenReadFromAWholeFileThenTheReadFailsAtOnce(int number)
    {
        using var block = new MemoryStream();
        using (var inner = new BinaryWriter(block, Encoding.UTF8, leaveOpen: true))
        {
            // One reference: its element by a number, its attribute and URL in full (strings 1 and 2), line, column, image.
            inner.Write(1);
            inner.Write7BitEncodedInt(number);
            inner.Write7BitEncodedInt(0);
            inner.Write("href");
            inner.Write7BitEncodedInt(0);
            inner.Write("/fr/b/");
            inner.Write7BitEncodedInt(1);
            inner.Write7BitEncodedInt(1);
            inner.Write(false);
        }

        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("fr/a/index.html");
            writer.Write(false);
            writer.Write((int)block.Length);
            writer.Write(block.ToArray());
        }

        var bytes = stream.ToArray();
        using var shared = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), Encoding.UTF8);

        Assert.Throws<FormatException>(() => PageScanFormat.Read(shared, table: new ScanTable()));
    }

    private static PageScan RoundTrip(PageScan scan, ScanStrings? strings = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            PageScanFormat.Write(writer, scan);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var read = PageScanFormat.Read(reader, strings);
        Assert.Equal(stream.Length, stream.Position);
        return read;
    }

    private static byte[] Write(IEnumerable<PageScan> scans, ScanTable? table)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var scan in scans)
            {
                PageScanFormat.Write(writer, scan, table);
            }
        }

        return stream.ToArray();
    }

    private static int IndexOf(byte[] bytes, string text) => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text));

    /// <summary>How many bytes of <paramref name="bytes"/> the occurrences of <paramref name="text"/> take.</summary>
    private static int CountOf(byte[] bytes, string text)
    {
        var (needle, count) = (Encoding.UTF8.GetBytes(text), 0);
        var span = bytes.AsSpan();
        for (var at = span.IndexOf(needle); at >= 0; at = span.IndexOf(needle))
        {
            count += needle.Length;
            span = span[(at + needle.Length)..];
        }

        return count;
    }

    private static string Dump(PageScan scan) => JsonSerializer.Serialize(scan);
}
