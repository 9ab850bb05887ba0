namespace Site.Checks;

/// <summary>
/// Runs work that waits for parallel loops of its own on a thread of its own, not the thread pool's: pool threads
/// that wait leave those loops no thread to run on until the pool grows, by one thread each half second (a check of
/// 0.2 s took 1 s that way).
/// </summary>
internal static class OwnThread
{
    public static Task<T> Start<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
