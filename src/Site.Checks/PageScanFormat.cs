namespace Site.Checks;

/// <summary>
/// Writes a <see cref="PageScan"/> and reads it back, field for field, so that a build can keep the scans of the pages
/// it published and check the next build's links without parsing the pages that did not change.
/// </summary>
public static class PageScanFormat
{
    [ThreadStatic]
    private static MemoryStream? t_scratch;

    /// <param name="table">
    /// The table of the file written (<see cref="ScanTable"/>), shared by its scans and read with them in the same
    /// order; none for a scan read back alone.
    /// </param>
    public static void Write(BinaryWriter writer, PageScan scan, ScanTable? table = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scan);
        table ??= new ScanTable();
        writer.Write(scan.Path);
        WriteOptional(writer, scan.BaseHref);
        WriteSkippable(writer, scan.References, table);
        WriteSkippable(writer, scan.ImagesWithoutAlt, table);
        writer.Write(scan.Anchors.Count);
        foreach (var anchor in scan.Anchors)
        {
            writer.Write(anchor);
        }

        writer.Write(scan.Head is not null);
        if (scan.Head is { } head)
        {
            WriteOptional(writer, head.Language);
            WriteReference(writer, head.Root, table);
            WriteOptionalReference(writer, head.Title, table);
            WriteOptionalReference(writer, head.Description, table);
            writer.Write(head.Noindex);
            writer.Write(head.IsRedirect);
            WriteOptional(writer, head.OpenGraphType);
            WriteReferences(writer, head.Canonicals, table);
            WriteHreflangs(writer, head.Alternates, table);
        }

        writer.Write(scan.Xml is not null);
        if (scan.Xml is { } xml)
        {
            writer.Write((int)xml.Kind);
            writer.Write(xml.Entries.Count);
            foreach (var entry in xml.Entries)
            {
                WriteReference(writer, entry.Loc, table);
                WriteHreflangs(writer, entry.Alternates, table);
            }

            WriteReferences(writer, xml.Links, table);
            WriteOptionalReference(writer, xml.Error, table);
        }
    }

    /// <param name="strings">
    /// Where the strings read are shared, as <see cref="PageScanner"/> shares those of the scans it makes: the scans of
    /// a whole site repeat the same elements, attributes, URLs and ids by the hundred thousand.
    /// </param>
    /// <param name="table">The table the scan was written with (<see cref="Write"/>), the file read in order.</param>
    public static PageScan Read(BinaryReader reader, ScanStrings? strings = null, ScanTable? table = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        table ??= new ScanTable();
        var path = reader.ReadString();
        var baseHref = ReadOptional(reader);
        var references = ReadSkippable(reader, strings, table);
        var imagesWithoutAlt = ReadSkippable(reader, strings, table);
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
                ReadReference(reader, strings, table),
                ReadOptionalReference(reader, strings, table),
                ReadOptionalReference(reader, strings, table),
                reader.ReadBoolean(),
                reader.ReadBoolean(),
                ReadOptional(reader),
                ReadReferences(reader, strings, table),
                ReadHreflangs(reader, strings, table));
        }

        XmlScan? xml = null;
        if (reader.ReadBoolean())
        {
            var kind = (XmlFileKind)reader.ReadInt32();
            var entries = new SitemapEntry[reader.ReadInt32()];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = new SitemapEntry(ReadReference(reader, strings, table), ReadHreflangs(reader, strings, table));
            }

            xml = new XmlScan(kind, entries, ReadReferences(reader, strings, table), ReadOptionalReference(reader, strings, table));
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

    private static void WriteReference(BinaryWriter writer, PageReference reference, ScanTable table)
    {
        table.Write(writer, reference.Element);
        table.Write(writer, reference.Attribute);
        table.Write(writer, reference.Value);
        writer.Write7BitEncodedInt(reference.Line);
        writer.Write7BitEncodedInt(reference.Column);
        writer.Write(reference.IsImage);
    }

    /// <param name="again">Whether the reference was read before (<see cref="ScanTable.ReadAgain"/>).</param>
    private static PageReference ReadReference(BinaryReader reader, ScanStrings? strings, ScanTable table, bool again = false) =>
        new(ReadText(reader, strings, table, again), ReadText(reader, strings, table, again), ReadText(reader, strings, table, again),
            reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.ReadBoolean());

    private static string ReadText(BinaryReader reader, ScanStrings? strings, ScanTable table, bool again) =>
        again ? table.ReadAgain(reader, strings) : table.Read(reader, strings);

    private static string ReadShared(BinaryReader reader, ScanStrings? strings) => strings is null ? reader.ReadString() : strings.Share(reader.ReadString());

    private static void WriteOptionalReference(BinaryWriter writer, PageReference? reference, ScanTable table)
    {
        writer.Write(reference is not null);
        if (reference is not null)
        {
            WriteReference(writer, reference, table);
        }
    }

    private static PageReference? ReadOptionalReference(BinaryReader reader, ScanStrings? strings, ScanTable table) =>
        reader.ReadBoolean() ? ReadReference(reader, strings, table) : null;

    private static void WriteReferences(BinaryWriter writer, IReadOnlyList<PageReference> references, ScanTable table)
    {
        writer.Write(references.Count);
        foreach (var reference in references)
        {
            WriteReference(writer, reference, table);
        }
    }

    /// <summary>References preceded by their length in bytes, so that a reader can keep them undecoded (<see cref="StoredReferences"/>).</summary>
    private static void WriteSkippable(BinaryWriter writer, IReadOnlyList<PageReference> references, ScanTable table)
    {
        var scratch = t_scratch ??= new MemoryStream();
        scratch.SetLength(0);
        using (var inner = new BinaryWriter(scratch, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            WriteReferences(inner, references, table);
        }

        writer.Write((int)scratch.Length);
        writer.Write(scratch.GetBuffer(), 0, (int)scratch.Length);
    }

    /// <summary>
    /// References written by <see cref="WriteSkippable"/>: left undecoded when the reader reads a buffer it can share
    /// (a whole file read at once), else decoded now.
    /// </summary>
    private static IReadOnlyList<PageReference> ReadSkippable(BinaryReader reader, ScanStrings? strings, ScanTable table)
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
            if (!IsWholeReferences(reader, length, strings, table))
            {
                throw new FormatException("references that do not fill their length");
            }

            return new StoredReferences(buffer.Array!, start, length, strings, table);
        }

        return ReadReferences(reader, strings, table);
    }

    /// <summary>
    /// Moves past a block of references without making them, numbering the strings it holds in full, and says whether
    /// it held exactly whole references: then <see cref="ReadReferences"/> cannot fail on it (its strings decode with
    /// replacement characters at worst, and its numbers were all given before it).
    /// </summary>
    private static bool IsWholeReferences(BinaryReader reader, int length, ScanStrings? strings, ScanTable table)
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
                _ = table.Read(reader, strings);
            }

            _ = reader.Read7BitEncodedInt();
            _ = reader.Read7BitEncodedInt();
            stream.Position += sizeof(bool);
            if (stream.Position > end)
            {
                return false;
            }
        }

        return stream.Position == end;
    }

    /// <param name="again">Whether the references were moved past before (<see cref="IsWholeReferences"/>).</param>
    internal static PageReference[] ReadReferences(BinaryReader reader, ScanStrings? strings, ScanTable table, bool again = false)
    {
        var references = new PageReference[reader.ReadInt32()];
        for (var i = 0; i < references.Length; i++)
        {
            references[i] = ReadReference(reader, strings, table, again);
        }

        return references;
    }

    private static void WriteHreflangs(BinaryWriter writer, IReadOnlyList<HreflangLink> links, ScanTable table)
    {
        writer.Write(links.Count);
        foreach (var link in links)
        {
            writer.Write(link.Hreflang);
            WriteReference(writer, link.Link, table);
        }
    }

    private static HreflangLink[] ReadHreflangs(BinaryReader reader, ScanStrings? strings, ScanTable table)
    {
        var links = new HreflangLink[reader.ReadInt32()];
        for (var i = 0; i < links.Length; i++)
        {
            links[i] = new HreflangLink(ReadShared(reader, strings), ReadReference(reader, strings, table));
        }

        return links;
    }
}
