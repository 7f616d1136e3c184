using Xunit.Sdk;

namespace LeadKit.Testing.Stores;

/// <summary>
/// A theory of a store test class: it runs like <see cref="TheoryAttribute"/>, unless the concrete
/// test class carries a <see cref="StoreConditionAttribute"/> that reports a skip reason.
/// </summary>
[XunitTestCaseDiscoverer("LeadKit.Testing.Stores.StoreTheoryDiscoverer", "LeadKit.Testing.Stores")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class StoreTheoryAttribute : TheoryAttribute;
