using System;
using FsCheck;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;

namespace LeadKit.Testing;

/// <summary>An FsCheck runner that only keeps the final result, so the law kit can report it in its own words (and without a test framework).</summary>
internal sealed class CapturingRunner : IRunner
{
    /// <summary>Gets the result of the run, once finished.</summary>
    public TestResult? Result { get; private set; }

    /// <inheritdoc />
    public void OnStartFixture(Type t)
    {
    }

    /// <inheritdoc />
    public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every)
    {
    }

    /// <inheritdoc />
    public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink)
    {
    }

    /// <inheritdoc />
    public void OnFinished(string name, TestResult testResult) => Result = testResult;
}
