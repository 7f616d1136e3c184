using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using LeadKit.Storage;

namespace LeadKit.Testing.Stores.Faults;

/// <summary>
/// One proxy for the unit of work and every repository it hands out: a method whose name starts
/// with a read verb passes through; any other method (a write, or <see cref="IUnitOfWork.CommitAsync"/>)
/// is counted by the <see cref="FaultPlan"/> and fails when the plan says so. A property that
/// returns an interface (a repository) returns it wrapped in turn.
/// </summary>
public class FaultyProxy : DispatchProxy
{
    /// <summary>The name prefixes of methods that change nothing.</summary>
    public static readonly string[] ReadVerbs = ["Find", "Get", "Count", "List", "Page", "Query", "Exists", "Read", "Stream", "DisposeAsync", "get_"];

    private static readonly MethodInfo ThenFailMethod = typeof(FaultyProxy).GetMethod(nameof(ThenFail), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly ConcurrentDictionary<string, object?> _wrapped = new();
    private object _inner = null!;
    private FaultPlan _plan = null!;

    /// <summary>Wraps a unit of work.</summary>
    /// <param name="unit">The real unit of work.</param>
    /// <param name="plan">When to fail.</param>
    /// <returns>The faulty unit of work.</returns>
    public static IUnitOfWork Wrap(IUnitOfWork unit, FaultPlan plan) => (IUnitOfWork)Wrap(typeof(IUnitOfWork), unit, plan);

    /// <inheritdoc/>
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var name = targetMethod.Name;
        if (name.StartsWith("get_", StringComparison.Ordinal) && targetMethod.ReturnType.IsInterface)
        {
            return _wrapped.GetOrAdd(name, _ => Call(targetMethod, args) is { } repository ? Wrap(targetMethod.ReturnType, repository, _plan) : null);
        }

        if (ReadVerbs.Any(v => name.StartsWith(v, StringComparison.Ordinal)))
        {
            return Call(targetMethod, args);
        }

        var what = $"{targetMethod.DeclaringType?.Name}.{name}";
        var fails = _plan.Count(what);

        // Blocking is safe here: tests run operations off any synchronisation context.
        _plan.BeforeEachCall?.Invoke(what, _plan.Calls).GetAwaiter().GetResult();
        if (!fails)
        {
            return Call(targetMethod, args);
        }

        if (!_plan.AfterWriting || name == nameof(IUnitOfWork.CommitAsync))
        {
            throw _plan.Fault();
        }

        // The call reaches the store, then fails: the caller sees the fault, not the result.
        var result = Call(targetMethod, args);
        return result switch
        {
            Task task when targetMethod.ReturnType.IsGenericType =>
                ThenFailMethod.MakeGenericMethod(targetMethod.ReturnType.GetGenericArguments()[0]).Invoke(null, [task, _plan]),
            Task task => ThenFailUntyped(task, _plan),
            _ => throw _plan.Fault(),
        };
    }

    private static FaultyProxy Wrap(Type type, object inner, FaultPlan plan)
    {
        var proxy = (FaultyProxy)Create(type, typeof(FaultyProxy));
        proxy._inner = inner;
        proxy._plan = plan;
        return proxy;
    }

    private static async Task<T> ThenFail<T>(Task<T> task, FaultPlan plan)
    {
        await task;
        throw plan.Fault();
    }

    private static async Task ThenFailUntyped(Task task, FaultPlan plan)
    {
        await task;
        throw plan.Fault();
    }

    private object? Call(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
