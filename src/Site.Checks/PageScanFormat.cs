namespace Site.Checks;

/// <summary>
/// Writes a <see cref="PageScan"/> and reads it back, field for field, so that a build can keep the scans of the pages
/// it published and check the next build's links without parsing the pages that did not change.
/// </summary>
public static class PageScanFormat
{
    [ThreadStatic]
    private static MemoryStream? t_scratch;

    public static void Write(BinaryWriter writer, PageScan scan)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scan);
        writer.Write(scan.Path);
        WriteOptional(writer, scan.BaseHref);
        WriteSkippable(writer, scan.References);
        WriteSkippable(writer, scan.ImagesWithoutAlt);
        writer.Write(scan.Anchors.Count);
        foreach (var anchor in scan.Anchors)
        {
            writer.Write(anchor);
        }

        writer.Write(scan.Head is not null);
        if (scan.Head is { } head)
        {
            WriteOptional(writer, head.Language);
            WriteReference(writer, head.Root);
            WriteOptionalReference(writer, head.Title);
            WriteOptionalReference(writer, head.Description);
            writer.Write(head.Noindex);
            writer.Write(head.IsRedirect);
            WriteOptional(writer, head.OpenGraphType);
            WriteReferences(writer, head.Canonicals);
            WriteHreflangs(writer, head.Alternates);
        }

        writer.Write(scan.Xml is not null);
        if (scan.Xml is { } xml)
        {
            writer.Write((int)xml.Kind);
            writer.Write(xml.Entries.Count);
            foreach (var entry in xml.Entries)
            {
                WriteReference(writer, entry.Loc);
                WriteHreflangs(writer, entry.Alternates);
            }

            WriteReferences(writer, xml.Links);
            WriteOptionalReference(writer, xml.Error);
        }
    }

    /// <param name="strings">
    /// Where the strings read are shared, as <see cref="PageScanner"/> shares those of the scans it makes: the scans of
    /// a whole site repeat the same elements, attributes, URLs and ids by the hundred thousand.
    /// </param>
    public static PageScan Read(BinaryReader reader, ScanStrings? strings = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var path = reader.ReadString();
        var baseHref = ReadOptional(reader);
        var references = ReadSkippable(reader, strings);
        var imagesWithoutAlt = ReadSkippable(reader, strings);
        var anchorCount = reader.ReadInt32();
        var anchors = new HashSet<string>(anchorCount, StringComparer.Ordinal);
        for (var i = 0; i < anchorCount; i++)
        {
            anchors.Add(ReadShared(reader, strings));
        }

        PageHead? head = null;
        if (reader.ReadBoolean())
        {
            head = new PageHead(
                ReadOptional(reader),
                ReadReference(reader, strings),
                ReadOptionalReference(reader, strings),
                ReadOptionalReference(reader, strings),
                reader.ReadBoolean(),
                reader.ReadBoolean(),
                ReadOptional(reader),
                ReadReferences(reader, strings),
                ReadHreflangs(reader, strings));
        }

        XmlScan? xml = null;
        if (reader.ReadBoolean())
        {
            var kind = (XmlFileKind)reader.ReadInt32();
            var entries = new SitemapEntry[reader.ReadInt32()];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = new SitemapEntry(ReadReference(reader, strings), ReadHreflangs(reader, strings));
            }

            xml = new XmlScan(kind, entries, ReadReferences(reader, strings), ReadOptionalReference(reader, strings));
        }

        return new PageScan(path, baseHref, references, imagesWithoutAlt, anchors, head, xml);
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteReference(BinaryWriter writer, PageReference reference)
    {
        writer.Write(reference.Element);
        writer.Write(reference.Attribute);
        writer.Write(reference.Value);
        writer.Write(reference.Line);
        writer.Write(reference.Column);
        writer.Write(reference.IsImage);
    }

    private static PageReference ReadReference(BinaryReader reader, ScanStrings? strings) =>
        new(ReadShared(reader, strings), ReadShared(reader, strings), ReadShared(reader, strings), reader.ReadInt32(), reader.ReadInt32(), reader.ReadBoolean());

    private static string ReadShared(BinaryReader reader, ScanStrings? strings) => strings is null ? reader.ReadString() : strings.Share(reader.ReadString());

    private static void WriteOptionalReference(BinaryWriter writer, PageReference? reference)
    {
        writer.Write(reference is not null);
        if (reference is not null)
        {
            WriteReference(writer, reference);
        }
    }

    private static PageReference? ReadOptionalReference(BinaryReader reader, ScanStrings? strings) => reader.ReadBoolean() ? ReadReference(reader, strings) : null;

    private static void WriteReferences(BinaryWriter writer, IReadOnlyList<PageReference> references)
    {
        writer.Write(references.Count);
        foreach (var reference in references)
        {
            WriteReference(writer, reference);
        }
    }

    /// <summary>References preceded by their length in bytes, so that a reader can keep them undecoded (<see cref="StoredReferences"/>).</summary>
    private static void WriteSkippable(BinaryWriter writer, IReadOnlyList<PageReference> references)
    {
        var scratch = t_scratch ??= new MemoryStream();
        scratch.SetLength(0);
        using (var inner = new BinaryWriter(scratch, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            WriteReferences(inner, references);
        }

        writer.Write((int)scratch.Length);
        writer.Write(scratch.GetBuffer(), 0, (int)scratch.Length);
    }

    /// <summary>
    /// References written by <see cref="WriteSkippable"/>: left undecoded when the reader reads a buffer it can share
    /// (a whole file read at once), else decoded now.
    /// </summary>
    private static IReadOnlyList<PageReference> ReadSkippable(BinaryReader reader, ScanStrings? strings)
    {
        var length = reader.ReadInt32();
        if (length < 0 || length > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new FormatException("references longer than what is left of the scan");
        }

        if (reader.BaseStream is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            // Walked now, decoded later: a block that is not whole references fails the read of the file it is in
            // (which is then ignored), never the check that asks for them.
            var start = buffer.Offset + (int)memory.Position;
            if (!IsWholeReferences(reader, length))
            {
                throw new FormatException("references that do not fill their length");
            }

            return new StoredReferences(buffer.Array!, start, length, strings);
        }

        return ReadReferences(reader, strings);
    }

    /// <summary>
    /// Moves past a block of references without making them, and says whether it held exactly whole references: then
    /// <see cref="ReadReferences"/> cannot fail on it (its strings decode with replacement characters at worst).
    /// </summary>
    private static bool IsWholeReferences(BinaryReader reader, int length)
    {
        var stream = reader.BaseStream;
        var end = stream.Position + length;
        var count = reader.ReadInt32();
        if (count < 0 || count > length)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            for (var field = 0; field < 3; field++)
            {
                var bytes = reader.Read7BitEncodedInt();
                if (bytes < 0 || bytes > end - stream.Position)
                {
                    return false;
                }

                stream.Position += bytes;
            }

            stream.Position += sizeof(int) + sizeof(int) + sizeof(bool);
        }

        return stream.Position == end;
    }

    internal static PageReference[] ReadReferences(BinaryReader reader, ScanStrings? strings)
    {
        var references = new PageReference[reader.ReadInt32()];
        for (var i = 0; i < references.Length; i++)
        {
            references[i] = ReadReference(reader, strings);
        }

        return references;
    }

    private static void WriteHreflangs(BinaryWriter writer, IReadOnlyList<HreflangLink> links)
    {
        writer.Write(links.Count);
        foreach (var link in links)
        {
            writer.Write(link.Hreflang);
            WriteReference(writer, link.Link);
        }
    }

    private static HreflangLink[] ReadHreflangs(BinaryReader reader, ScanStrings? strings)
    {
        var links = new HreflangLink[reader.ReadInt32()];
        for (var i = 0; i < links.Length; i++)
        {
            links[i] = new HreflangLink(ReadShared(reader, strings), ReadReference(reader, strings));
        }

        return links;
    }
}
