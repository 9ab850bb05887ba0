using System.Runtime.CompilerServices;

using Site.TestSupport;

namespace Site.EndToEnd.Tests;

/// <summary>Runs once, before any test of this assembly.</summary>
internal static class TestAssembly
{
    [ModuleInitializer]
    internal static void Initialize() => ScratchSpace.UseMemoryWhenRoomy();
}
