using Site.Build;

namespace Site.Cli;

/// <summary>The exit codes of SPEC, the only place they are numbered: libraries report outcomes, commands exit with these.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Broken links or images: the build published nothing, or <c>site check</c> found errors.</summary>
    public const int SiteProblems = 1;

    /// <summary>An error in the input, or an output, a cache or a disk the command could not use.</summary>
    public const int BadInput = 2;

    /// <summary>A command line that cannot work (unknown option, bad value); SPEC gives it the code of bad input.</summary>
    public const int BadUsage = BadInput;

    public static int Of(BuildOutcome outcome) => outcome switch
    {
        BuildOutcome.Success => Success,
        BuildOutcome.SiteProblems => SiteProblems,
        BuildOutcome.BadInput => BadInput,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
