using LeadKit.Leads;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="WorkspaceUser"/>: <c>{"id": "…", "displayName": "Bo Chen", "isActive": true}</c>.</summary>
internal sealed class WorkspaceUserDocument : IDocument<WorkspaceUserDocument, WorkspaceUser>
{
    public string? Id { get; set; }

    public string? DisplayName { get; set; }

    public bool? IsActive { get; set; }

    public static WorkspaceUserDocument From(WorkspaceUser value) => new()
    {
        Id = Scalars.UserId.Format(value.Id),
        DisplayName = value.DisplayName,
        IsActive = value.IsActive,
    };

    public WorkspaceUser ToValue(DocumentPath path)
    {
        var id = Scalars.UserId.Parse(Id, path.Property("id"));
        return path.Build(() => new WorkspaceUser(id, DisplayName ?? string.Empty, IsActive ?? true));
    }
}
