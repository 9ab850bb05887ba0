namespace Site.Deploy.Tests.Support;

/// <summary>
/// The tests that compile and run the generator in the one <see cref="CheckedOutRepository"/>, one after another: the
/// Release build of its libraries, made by the first of them, serves the others.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CheckoutCollection : ICollectionFixture<CheckedOutRepository>
{
    public const string Name = "checkout";
}
