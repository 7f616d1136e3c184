using Xunit.Sdk;

namespace LeadKit.Testing.Stores;

/// <summary>
/// A fact of a store test class: it runs like <see cref="FactAttribute"/>, unless the concrete
/// test class carries a <see cref="StoreConditionAttribute"/> that reports a skip reason (for
/// example a database server that is not configured), in which case xunit reports it skipped.
/// </summary>
[XunitTestCaseDiscoverer("LeadKit.Testing.Stores.StoreFactDiscoverer", "LeadKit.Testing.Stores")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class StoreFactAttribute : FactAttribute;
