using Xunit.Abstractions;
using Xunit.Sdk;

namespace LeadKit.Testing.Stores;

/// <summary>Discovers <see cref="StoreTheoryAttribute"/> tests: one skipped test when the test class says so, the theory's data rows otherwise.</summary>
public sealed class StoreTheoryDiscoverer : TheoryDiscoverer
{
    /// <summary>Creates the discoverer (xunit calls this).</summary>
    /// <param name="diagnosticMessageSink">Where diagnostics go.</param>
    public StoreTheoryDiscoverer(IMessageSink diagnosticMessageSink)
        : base(diagnosticMessageSink)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute)
    {
        var reason = StoreConditionAttribute.SkipReasonFor(testMethod.TestClass.Class.ToRuntimeType());
        return reason is null
            ? base.Discover(discoveryOptions, testMethod, theoryAttribute)
            : [new StoreTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
    }
}
