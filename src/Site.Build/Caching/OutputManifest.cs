using Site.Build.Plan;
using Site.Checks;
using Site.Core.Diagnostics;

namespace Site.Build.Caching;

/// <summary>
/// One file of the published output as the build that wrote it knew it: the fingerprint of what it was made from
/// (null when it is always made again), its size and time once published, and whether its scan for the link check
/// is kept (not when the build did not check, nor for a file that is not a page).
/// </summary>
internal sealed record ManifestRow(Hash128? Fingerprint, FileStamp Stamp, bool Scanned);

/// <summary>
/// What the last published build of an output folder left in the build cache (<c>.site-cache/outputs/</c>): each
/// file it wrote, and what a build with nothing changed would say again (its diagnostics, findings and counts),
/// with the inputs it read as they were when it started. The pages' scans are kept in a file of their own, read
/// only when something changed (<see cref="OutputReuse"/>). See docs/architecture.md, "Incremental builds".
/// </summary>
internal sealed class OutputManifest
{
    /// <summary>Names the scans file written with this manifest, so that a scans file of another build is not taken.</summary>
    public required string ScansId { get; init; }

    /// <summary>
    /// The id of the scans delta file this manifest also reads (the pages whose scans differ from the scans file's),
    /// or empty when the scans file alone holds them (<see cref="OutputReuse"/>).
    /// </summary>
    public string DeltaId { get; init; } = string.Empty;

    /// <summary>Hashes the options, the code and the environment a build's result depends on beyond its files.</summary>
    public required Hash128 BuildKey { get; init; }

    /// <summary>The input's and the theme's files when the build started (<c>input/…</c>, <c>theme/…</c>).</summary>
    public required Dictionary<string, FileStamp> Inputs { get; init; }

    /// <summary>
    /// False when a stamp may miss an edit: a file written less than <see cref="OutputReuse.SameStampWindow"/> before the
    /// build started could change again without changing its size or time; a symbolic link's stamp is not its target's.
    /// </summary>
    public required bool InputsTrusted { get; init; }

    /// <summary>When the earliest article held back for its date is published (UTC ticks); <see cref="long.MaxValue"/> if none.</summary>
    public required long ValidUntil { get; init; }

    /// <summary>The plan's rows by destination.</summary>
    public required Dictionary<string, ManifestRow> Rows { get; init; }

    /// <summary>Files of the output that no row wrote (Pagefind's index).</summary>
    public required Dictionary<string, FileStamp> Others { get; init; }

    /// <summary>
    /// Every folder of the output (the output itself as ""), with its size and time once published: a file added,
    /// removed or renamed in a folder changes the folder's time, so that the output is known to hold nothing else
    /// without listing it (<see cref="OutputReuse.OutputNow"/>).
    /// </summary>
    public required Dictionary<string, FileStamp> Folders { get; init; }

    /// <summary>Every diagnostic the build reported (warnings: it was published).</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>The check's findings (warnings), their source files relative to the input folder.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    public required IReadOnlyList<KeyValuePair<string, int>> PagesByKind { get; init; }

    public void Write(BinaryWriter writer)
    {
        writer.Write(ScansId);
        writer.Write(DeltaId);
        KeyedRecords.WriteHash(writer, BuildKey);
        WriteStamps(writer, Inputs);
        writer.Write(InputsTrusted);
        writer.Write(ValidUntil);
        writer.Write(Rows.Count);
        foreach (var (path, row) in Rows)
        {
            writer.Write(path);
            // In binary: 25,000 fingerprints printed and parsed in decimal took tens of milliseconds.
            writer.Write(row.Fingerprint is not null);
            KeyedRecords.WriteHash(writer, row.Fingerprint ?? default);
            WriteStamp(writer, row.Stamp);
            writer.Write(row.Scanned);
        }

        WriteStamps(writer, Others);
        WriteStamps(writer, Folders);
        writer.Write(Diagnostics.Count);
        foreach (var d in Diagnostics)
        {
            writer.Write(d.File);
            writer.Write(d.Line);
            writer.Write(d.Column);
            writer.Write((int)d.Severity);
            writer.Write(d.Message);
            WriteOptional(writer, d.Hint);
            writer.Write((int)d.Code);
            WriteOptional(writer, d.SourceLine);
        }

        writer.Write(Findings.Count);
        foreach (var f in Findings)
        {
            writer.Write(f.Page);
            writer.Write(f.Line);
            writer.Write(f.Column);
            writer.Write(f.Element);
            writer.Write(f.Url);
            writer.Write((int)f.Kind);
            writer.Write(f.Message);
            WriteOptional(writer, f.SourceFile);
        }

        writer.Write(PagesByKind.Count);
        foreach (var (kind, count) in PagesByKind)
        {
            writer.Write(kind);
            writer.Write(count);
        }
    }

    public static OutputManifest Read(BinaryReader reader)
    {
        var scansId = reader.ReadString();
        var deltaId = reader.ReadString();
        var key = KeyedRecords.ReadHash(reader);
        var inputs = ReadStamps(reader);
        var trusted = reader.ReadBoolean();
        var validUntil = reader.ReadInt64();
        var rowCount = reader.ReadInt32();
        var rows = new Dictionary<string, ManifestRow>(rowCount, StringComparer.Ordinal);
        for (var i = 0; i < rowCount; i++)
        {
            var path = reader.ReadString();
            var fingerprinted = reader.ReadBoolean();
            var fingerprint = KeyedRecords.ReadHash(reader);
            var stamp = ReadStamp(reader);
            rows[path] = new ManifestRow(fingerprinted ? fingerprint : null, stamp, reader.ReadBoolean());
        }

        var others = ReadStamps(reader);
        var folders = ReadStamps(reader);
        var diagnostics = new Diagnostic[reader.ReadInt32()];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            diagnostics[i] = new Diagnostic(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), (Severity)reader.ReadInt32(), reader.ReadString(), ReadOptional(reader))
            {
                Code = (DiagnosticCode)reader.ReadInt32(),
                SourceLine = ReadOptional(reader),
            };
        }

        var findings = new Finding[reader.ReadInt32()];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = new Finding(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadString(), reader.ReadString(), (FindingKind)reader.ReadInt32(), reader.ReadString())
            {
                SourceFile = ReadOptional(reader),
            };
        }

        var kinds = new KeyValuePair<string, int>[reader.ReadInt32()];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = KeyValuePair.Create(reader.ReadString(), reader.ReadInt32());
        }

        return new OutputManifest
        {
            ScansId = scansId,
            DeltaId = deltaId,
            BuildKey = key,
            Inputs = inputs,
            InputsTrusted = trusted,
            ValidUntil = validUntil,
            Rows = rows,
            Others = others,
            Folders = folders,
            Diagnostics = diagnostics,
            Findings = findings,
            PagesByKind = kinds,
        };
    }

    /// <summary>The scans file: the manifest's id, then each scanned page.</summary>
    public static void WriteScans(BinaryWriter writer, string id, IReadOnlyCollection<PageScan> scans)
    {
        writer.Write(id);
        writer.Write(scans.Count);
        var table = new ScanTable();
        foreach (var scan in scans)
        {
            PageScanFormat.Write(writer, scan, table);
        }
    }

    /// <returns>The scans by page, or null when the file belongs to another manifest.</returns>
    public static Dictionary<string, PageScan>? ReadScans(BinaryReader reader, string id)
    {
        if (reader.ReadString() != id)
        {
            return null;
        }

        var count = reader.ReadInt32();
        var scans = new Dictionary<string, PageScan>(Math.Min(count, 1 << 20), StringComparer.Ordinal);
        var (strings, table) = (new ScanStrings(), new ScanTable());
        for (var i = 0; i < count; i++)
        {
            var scan = PageScanFormat.Read(reader, strings, table);
            scans[scan.Path] = scan;
        }

        return scans;
    }

    /// <summary>
    /// The scans delta file: its id, the id of the scans file it amends, the pages gone since, then each page whose
    /// scan is not the scans file's.
    /// </summary>
    public static void WriteScansDelta(BinaryWriter writer, string id, string baseId, IReadOnlyCollection<string> removed, IReadOnlyCollection<PageScan> changed)
    {
        writer.Write(id);
        writer.Write(baseId);
        writer.Write(removed.Count);
        foreach (var path in removed)
        {
            writer.Write(path);
        }

        writer.Write(changed.Count);
        var table = new ScanTable();
        foreach (var scan in changed)
        {
            PageScanFormat.Write(writer, scan, table);
        }
    }

    /// <returns>
    /// <paramref name="scans"/> (those of the scans file <paramref name="baseId"/>, in a new dictionary) amended by the
    /// delta, or null when the file is another delta.
    /// </returns>
    public static Dictionary<string, PageScan>? ReadScansDelta(BinaryReader reader, string id, string baseId, Dictionary<string, PageScan> scans)
    {
        if (reader.ReadString() != id || reader.ReadString() != baseId)
        {
            return null;
        }

        var amended = new Dictionary<string, PageScan>(scans, StringComparer.Ordinal);
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            amended.Remove(reader.ReadString());
        }

        var (strings, table) = (new ScanStrings(), new ScanTable());
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            var scan = PageScanFormat.Read(reader, strings, table);
            amended[scan.Path] = scan;
        }

        return amended;
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

    private static void WriteStamp(BinaryWriter writer, FileStamp stamp)
    {
        writer.Write(stamp.Size);
        writer.Write(stamp.Modified);
    }

    private static FileStamp ReadStamp(BinaryReader reader) => new(reader.ReadInt64(), reader.ReadInt64());

    private static void WriteStamps(BinaryWriter writer, Dictionary<string, FileStamp> stamps)
    {
        writer.Write(stamps.Count);
        foreach (var (path, stamp) in stamps)
        {
            writer.Write(path);
            WriteStamp(writer, stamp);
        }
    }

    private static Dictionary<string, FileStamp> ReadStamps(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var stamps = new Dictionary<string, FileStamp>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            stamps[reader.ReadString()] = ReadStamp(reader);
        }

        return stamps;
    }
}
