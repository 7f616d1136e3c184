using Xunit.Abstractions;
using Xunit.Sdk;

namespace LeadKit.Testing.Stores;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests, asking the concrete test class whether they must be skipped.</summary>
public sealed class StoreFactDiscoverer : IXunitTestCaseDiscoverer
{
    private readonly IMessageSink _diagnosticMessageSink;

    /// <summary>Creates the discoverer (xunit calls this).</summary>
    /// <param name="diagnosticMessageSink">Where diagnostics go.</param>
    public StoreFactDiscoverer(IMessageSink diagnosticMessageSink)
    {
        _diagnosticMessageSink = diagnosticMessageSink;
    }

    /// <inheritdoc />
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var reason = StoreConditionAttribute.SkipReasonFor(testMethod.TestClass.Class.ToRuntimeType());
        yield return new StoreTestCase(_diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
    }
}
