using LeadKit.Utility;
using NodaTime;

namespace LeadKit.Storage;

/// <summary>A workspace (tenant): the "shared database" of the people who work on the same leads.</summary>
public sealed record Workspace
{
    /// <summary>Creates a workspace description.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name (1–255 characters).</param>
    /// <param name="createdAt">When it was created.</param>
    public Workspace(WorkspaceId id, string name, Instant createdAt)
    {
        Id = id;
        Name = name?.Trim() ?? string.Empty;
        if (Name.Length is 0 or > 255)
        {
            throw Preconditions.Invalid(nameof(Workspace), nameof(Name), "LeadKit.Workspace.Name", "A workspace needs a name of 1 to 255 characters.");
        }

        CreatedAt = createdAt;
    }

    /// <summary>Gets the identifier.</summary>
    public WorkspaceId Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets when the workspace was created.</summary>
    public Instant CreatedAt { get; }
}
