namespace LeadKit.Testing.Stores.Faults;

/// <summary>
/// When a <see cref="FaultyStore"/> fails: at the <see cref="FailAt"/>-th call that changes
/// something, counting every repository write and every commit of every unit of work opened
/// through the store (so "at commit" is the call after the last write). With
/// <see cref="AfterWriting"/> a failing write first reaches the real store (the statement ran,
/// then the connection broke); otherwise it fails before. A commit always fails before it reaches
/// the store: one that reached it is durable, and its caller cannot expect it undone. Counts the calls either way, so a run
/// with <see cref="Never"/> measures how many calls an operation makes.
/// </summary>
/// <param name="failAt">The 1-based call that fails; 0 for none.</param>
/// <param name="afterWriting">Whether the failing call reaches the real store first.</param>
public sealed class FaultPlan(int failAt, bool afterWriting = false)
{
    /// <summary>Gets a plan that never fails (it still counts).</summary>
    public static FaultPlan Never => new(0);

    /// <summary>Gets the 1-based call that fails (0: none).</summary>
    public int FailAt { get; } = failAt;

    /// <summary>Gets whether the failing call reaches the real store before it fails.</summary>
    public bool AfterWriting { get; } = afterWriting;

    /// <summary>
    /// Gets or sets work to run before every write or commit (after counting it): a concurrent
    /// writer interleaved with the operation under test. It gets the call's name and number.
    /// </summary>
    public Func<string, int, Task>? BeforeEachCall { get; init; }

    /// <summary>Gets how many writes and commits were attempted.</summary>
    public int Calls { get; private set; }

    /// <summary>Gets how many commits were let through (they may still fail in the store itself).</summary>
    public int Commits { get; private set; }

    /// <summary>Gets how many commits were let through before the fault.</summary>
    public int CommitsBeforeFault { get; private set; }

    /// <summary>Gets the call that failed, if one did.</summary>
    public string? Fired { get; private set; }

    /// <summary>Counts a call and tells whether it is the one to fail.</summary>
    /// <param name="what">The call (for the exception message).</param>
    /// <returns>Whether the call must fail.</returns>
    public bool Count(string what)
    {
        Calls++;
        if (Calls != FailAt)
        {
            Commits += what.EndsWith(nameof(global::LeadKit.Storage.IUnitOfWork.CommitAsync), StringComparison.Ordinal) ? 1 : 0;
            return false;
        }

        Fired = what;
        CommitsBeforeFault = Commits;
        return true;
    }

    /// <summary>Returns the exception a failing call throws.</summary>
    /// <returns>The exception.</returns>
    public InjectedFaultException Fault() =>
        new($"Injected fault at call {FailAt} ({Fired}){(AfterWriting ? ", after the call reached the store" : string.Empty)}.");

    /// <inheritdoc/>
    public override string ToString() => FailAt == 0 ? "never" : $"fail at call {FailAt}{(AfterWriting ? " after writing" : string.Empty)}";
}
