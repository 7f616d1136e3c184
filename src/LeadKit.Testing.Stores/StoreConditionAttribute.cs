using System.Reflection;

namespace LeadKit.Testing.Stores;

/// <summary>
/// Put on a store test class to skip its <see cref="StoreFactAttribute"/> and
/// <see cref="StoreTheoryAttribute"/> tests when the store cannot run here:
/// <see cref="SkipReason"/> returns why, or <see langword="null"/> to run them.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public abstract class StoreConditionAttribute : Attribute
{
    /// <summary>Gets why the tests cannot run, or <see langword="null"/> when they can.</summary>
    public abstract string? SkipReason { get; }

    /// <summary>Returns the first skip reason of a test class's conditions, or <see langword="null"/>.</summary>
    /// <param name="testClass">The test class.</param>
    /// <returns>The reason, or <see langword="null"/>.</returns>
    public static string? SkipReasonFor(Type? testClass) =>
        testClass?.GetCustomAttributes<StoreConditionAttribute>(inherit: true).Select(c => c.SkipReason).FirstOrDefault(r => r is not null);
}
