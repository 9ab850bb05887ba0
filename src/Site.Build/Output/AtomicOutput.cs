namespace Site.Build.Output;

/// <summary>
/// Renders into a temporary sibling of the output folder and swaps it in only when the build succeeded, so that a
/// failed or killed build leaves the previous site as it was. Only the output folder and its two siblings
/// (<c>.name.tmp</c>, <c>.name.old</c>) are ever deleted.
/// </summary>
internal sealed class AtomicOutput
{
    private AtomicOutput(string output)
    {
        Output = OutputGuard.Normalize(output);
        (Staging, Previous) = SiblingsOf(Output);
    }

    public string Output { get; }

    /// <summary>Where this build writes.</summary>
    public string Staging { get; }

    private string Previous { get; }

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
    /// which is removed at once (even if this build fails), lest it come back once the output is gone.
    /// </summary>
    public static void Recover(string output)
    {
        var atomic = new AtomicOutput(output);
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

    public void Abandon() => DeleteIfExists(Staging);

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            OutputWriteException.Around(folder, () => FolderRemoval.Remove(folder));
        }
    }
}
