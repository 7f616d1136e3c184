using Xunit.Sdk;

namespace LeadKit.Tests.Storage.Contract;

/// <summary>
/// A fact of a store test class: it runs like <see cref="FactAttribute"/>, unless the concrete
/// test class carries a <see cref="StoreConditionAttribute"/> that reports a skip reason (for
/// example a database server that is not configured), in which case xunit reports it skipped.
/// </summary>
[XunitTestCaseDiscoverer("LeadKit.Tests.Storage.Contract.StoreFactDiscoverer", "LeadKit.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class StoreFactAttribute : FactAttribute;
