namespace Site.Checks.External;

internal enum LinkVerdict
{
    Ok,
    Broken,
    Unverified,
}
