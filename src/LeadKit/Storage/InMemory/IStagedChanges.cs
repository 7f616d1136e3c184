using System.Collections.Generic;

namespace LeadKit.Storage.InMemory;

/// <summary>Changes a unit of work staged in one repository, checked then applied at commit.</summary>
internal interface IStagedChanges
{
    /// <summary>Throws when a staged change no longer fits the committed state (a conflict).</summary>
    void Verify(InMemoryWorkspaceState state, IReadOnlyList<InMemoryWorkspaceState> otherWorkspaces);

    /// <summary>Applies the staged changes; only called after every <see cref="Verify"/> passed.</summary>
    void Apply(InMemoryWorkspaceState state);
}
