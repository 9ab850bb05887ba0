namespace Site.Build;

/// <summary>How a build ended; the command line turns it into an exit code.</summary>
public enum BuildOutcome
{
    /// <summary>The site was built and published.</summary>
    Success,

    /// <summary>The pages were made, but the check found broken references: nothing was published.</summary>
    SiteProblems,

    /// <summary>An error in the input, or an output, a cache or a disk the build could not use: nothing was published.</summary>
    BadInput,
}
