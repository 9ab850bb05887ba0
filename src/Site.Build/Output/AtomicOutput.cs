namespace Site.Build.Output;

/// <summary>
/// Renders into a temporary sibling of the output folder and swaps it in only when the build succeeded, so that a
/// failed or killed build leaves the previous site as it was. A build that made few files may instead patch the
/// output with them (<see cref="CommitPatch"/>): the patch is written down beside the output (<c>.name.commit</c>)
/// before the output changes, and a build killed while applying it is finished by the next one. Only the output folder
/// and its siblings (<c>.name.tmp</c>, <c>.name.old</c>, <c>.name.commit</c>) are ever deleted.
/// </summary>
internal sealed class AtomicOutput
{
    private AtomicOutput(string output)
    {
        Output = OutputGuard.Normalize(output);
        (Staging, Previous) = SiblingsOf(Output);
        Journal = Path.Combine(Path.GetDirectoryName(Output)!, $".{Path.GetFileName(Output)}.commit");
    }

    public string Output { get; }

    /// <summary>Where this build writes.</summary>
    public string Staging { get; }

    private string Previous { get; }

    /// <summary>Where a patch waits while it is applied.</summary>
    private string Journal { get; }

    /// <summary>The two temporary siblings of an output folder: where a build writes, and where the previous output waits during a swap.</summary>
    public static (string Staging, string Previous) SiblingsOf(string output)
    {
        var full = OutputGuard.Normalize(output);
        var parent = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        return (Path.Combine(parent, $".{name}.tmp"), Path.Combine(parent, $".{name}.old"));
    }

    /// <summary>
    /// Repairs what a build killed in the middle of a swap left: killed between the two renames, it left only the
    /// previous output, which is whole and goes back; killed after them, it left the new output and the previous one,
    /// which is removed at once (even if this build fails), lest it come back once the output is gone. A build killed
    /// while patching the output left the patch written down: it is applied again, whole.
    /// </summary>
    public static void Recover(string output)
    {
        var atomic = new AtomicOutput(output);
        if (File.Exists(atomic.Journal))
        {
            // Written whole before the output changed, or not at all (a damaged one was never applied).
            if (OutputPatch.Read(atomic.Journal) is { } patch && Directory.Exists(atomic.Staging) && Directory.Exists(atomic.Output))
            {
                patch.Apply(atomic.Staging, atomic.Output);
            }

            OutputWriteException.Around(atomic.Journal, () => File.Delete(atomic.Journal));
            DeleteIfExists(atomic.Staging);
        }

        if (!Directory.Exists(atomic.Previous))
        {
            return;
        }

        if (Directory.Exists(atomic.Output))
        {
            DeleteIfExists(atomic.Previous);
        }
        else
        {
            OutputWriteException.Around(atomic.Output, () => Directory.Move(atomic.Previous, atomic.Output));
        }
    }

    /// <summary>Cleans what an interrupted build left and opens an empty staging folder.</summary>
    public static AtomicOutput Begin(string output)
    {
        Recover(output);
        var atomic = new AtomicOutput(output);
        DeleteIfExists(atomic.Previous);
        DeleteIfExists(atomic.Staging);
        OutputWriteException.Around(atomic.Staging, () => Directory.CreateDirectory(atomic.Staging));
        return atomic;
    }

    public void Commit()
    {
        if (Directory.Exists(Output))
        {
            OutputWriteException.Around(Output, () => Directory.Move(Output, Previous));
        }

        try
        {
            OutputWriteException.Around(Output, () => Directory.Move(Staging, Output));
        }
        catch (OutputWriteException)
        {
            // The previous site goes back where it was, so that the failure leaves it served.
            Recover(Output);
            throw;
        }

        DeleteIfExists(Previous);
    }

    /// <summary>
    /// Publishes by patching the output in place with the few files of the staging folder: nothing of the output
    /// changes until the patch is written down, and once it is, the output ends as the patch says even if this
    /// process is killed (<see cref="Recover"/>).
    /// </summary>
    public void CommitPatch(OutputPatch patch)
    {
        var made = patch.MakeFolders(Output);
        try
        {
            OutputWriteException.Around(Journal, () => patch.Write(Journal));
        }
        catch (OutputWriteException)
        {
            // Not written down, so never applied: the output stays as it was (a part written is no patch either).
            try
            {
                File.Delete(Journal);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }

            OutputPatch.RemoveFolders(made);
            throw;
        }

        patch.Apply(Staging, Output);
        OutputWriteException.Around(Journal, () => File.Delete(Journal));
        DeleteIfExists(Staging);
    }

    /// <summary>
    /// Removes the staging folder of a build that did not publish, unless a patch written down waits for its files
    /// (one failed while applied): the next build applies it (<see cref="Recover"/>).
    /// </summary>
    public void Abandon()
    {
        if (!File.Exists(Journal))
        {
            DeleteIfExists(Staging);
        }
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            OutputWriteException.Around(folder, () => FolderRemoval.Remove(folder));
        }
    }
}
