using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace LeadKit.Testing.Stores;

/// <summary>An xunit test case whose skip reason comes from the test class's <see cref="StoreConditionAttribute"/>.</summary>
public sealed class StoreTestCase : XunitTestCase
{
    private string? _storeSkipReason;

    /// <summary>Used by the de-serializer only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    /// <summary>Creates the test case.</summary>
    /// <param name="diagnosticMessageSink">Where diagnostics go.</param>
    /// <param name="defaultMethodDisplay">How test names are shown.</param>
    /// <param name="defaultMethodDisplayOptions">Display options.</param>
    /// <param name="testMethod">The test method.</param>
    /// <param name="storeSkipReason">Why the store's tests are skipped, or <see langword="null"/>.</param>
    public StoreTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod, string? storeSkipReason)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
        _storeSkipReason = storeSkipReason;
        ApplySkipReason();
    }

    /// <inheritdoc />
    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("StoreSkipReason", _storeSkipReason);
    }

    /// <inheritdoc />
    public override void Deserialize(IXunitSerializationInfo data)
    {
        // Read first: the base may initialise the test case (and ask for its skip reason) while deserialising.
        _storeSkipReason = data.GetValue<string>("StoreSkipReason");
        base.Deserialize(data);
        ApplySkipReason();
    }

    private void ApplySkipReason()
    {
        if (_storeSkipReason is not null)
        {
            SkipReason = _storeSkipReason;
        }
    }

    /// <inheritdoc />
    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        _storeSkipReason ?? base.GetSkipReason(factAttribute);
}
