using Xunit.Sdk;

namespace LeadKit.Tests.Storage.Contract;

/// <summary>
/// A theory of a store test class: it runs like <see cref="TheoryAttribute"/>, unless the concrete
/// test class carries a <see cref="StoreConditionAttribute"/> that reports a skip reason.
/// </summary>
[XunitTestCaseDiscoverer("LeadKit.Tests.Storage.Contract.StoreTheoryDiscoverer", "LeadKit.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class StoreTheoryAttribute : TheoryAttribute;
