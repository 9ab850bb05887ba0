namespace Site.Build.Output;

/// <summary>The failures behind an exception: the build renders and writes in parallel, so they come wrapped.</summary>
public static class ParallelFailures
{
    public static IReadOnlyList<Exception> Of(Exception exception) =>
        exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [exception];
}
