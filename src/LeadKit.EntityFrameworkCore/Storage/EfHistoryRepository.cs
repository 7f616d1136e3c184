using System;
using System.Linq.Expressions;
using LeadKit.EntityFrameworkCore.Rows;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Storage;
using Microsoft.EntityFrameworkCore.Query;
using NodaTime;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>History items on EF Core (<c>history_items</c>), listed by when they occurred.</summary>
internal sealed class EfHistoryRepository(EfUnitOfWork unit)
    : EfLinkedItemRepository<HistoryItem, HistoryItemId, HistoryRow>(unit), IHistoryRepository
{
    /// <summary>The columns of <c>history_items</c>, in the order <see cref="BulkValues"/> gives them.</summary>
    private static readonly TableSpec Columns = new("history_items", [
        new("id", ColumnType.Uuid), new("workspace_id", ColumnType.Guid), new("record_kind", ColumnType.Int32), new("record_id", ColumnType.Uuid),
        new("item_type", ColumnType.Text), new("occurred_at", ColumnType.Instant), new("created_at", ColumnType.Instant), new("document", ColumnType.Json)]);

    protected override string Table => "history_items";

    protected override TableSpec BulkTable => Columns;

    protected override string ItemNoun => "History item";

    protected override string CollectionNoun => "History";

    protected override Expression<Func<HistoryRow, Instant>> OrderKey => r => r.OccurredAt;

    protected override Guid Key(HistoryItemId id) => id.Value;

    protected override Guid Key(HistoryItem item) => item.Id.Value;

    protected override RecordReference RecordOf(HistoryItem item) => item.Record;

    protected override HistoryItem RelinkTo(HistoryItem item, RecordReference record) => item.RelinkTo(record);

    protected override HistoryRow NewRow(HistoryItem item) => new()
    {
        ItemType = item.GetType().Name,
        OccurredAt = item.OccurredAt,
        CreatedAt = item.CreatedAt,
    };

    protected override object?[] BulkValues(HistoryRow row) =>
        [row.Id, row.WorkspaceId, row.RecordKind, row.RecordId, row.ItemType, row.OccurredAt, row.CreatedAt, row.Document];

    protected override void SetOwnColumns(UpdateSettersBuilder<HistoryRow> setters, HistoryRow row) =>
        setters.SetProperty(r => r.ItemType, row.ItemType).SetProperty(r => r.OccurredAt, row.OccurredAt);
}
