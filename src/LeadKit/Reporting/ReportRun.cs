using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Reports;
using LeadKit.Storage;

namespace LeadKit.Reporting;

/// <summary>
/// One run of a report in one unit of work: asks the store to group (or streams the records),
/// builds the group tree, names the groups, orders them, and reads items when asked.
/// </summary>
internal sealed class ReportRun
{
    private readonly ReportDefinition _definition;
    private readonly Filter _filter;
    private readonly Dictionary<UserId, WorkspaceUser> _users;
    private readonly RecordSource _source;
    private readonly ReportRunOptions _options;
    private readonly RecordField[] _sumFields;

    private ReportRun(ReportDefinition definition, Filter filter, Dictionary<UserId, WorkspaceUser> users, RecordSource source, ReportRunOptions options)
    {
        _definition = definition;
        _filter = filter;
        _users = users;
        _source = source;
        _options = options;
        _sumFields = [.. definition.Totals.Select(t => t.Field).Distinct()];
    }

    /// <summary>Checks the definition against the workspace and binds the users its filter names.</summary>
    public static async Task<ReportRun> StartAsync(IUnitOfWork unit, ReportDefinition definition, ReportRunOptions options, CancellationToken cancellationToken)
    {
        var schema = await unit.CustomFields.GetSchemaAsync(cancellationToken).ConfigureAwait(false);
        var checkedDefinition = definition.Check(FieldCatalog.For(schema, definition.RecordKind));
        var users = new Dictionary<UserId, WorkspaceUser>();
        await foreach (var user in unit.Users.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            users[user.Id] = user;
        }

        Filter filter;
        try
        {
            filter = checkedDefinition.Filter.BindUsers(users.Values);
        }
        catch (FilterException ex)
        {
            throw new ReportException("LeadKit.Report.Filter", $"The report's filter is not valid in this workspace: {ex.Message}", ex.Field, innerException: ex);
        }

        return new ReportRun(checkedDefinition, filter, users, RecordSource.For(unit, definition.RecordKind), options);
    }

    /// <summary>Runs the report.</summary>
    public async Task<ReportResult> RunAsync(string name, CancellationToken cancellationToken)
    {
        var levels = _definition.Groups;
        var query = new AggregateQuery(_filter, levels.Select(g => g.Field), _sumFields);
        var rows = (_source.Aggregation is { } aggregation ? await aggregation.AggregateAsync(query, cancellationToken).ConfigureAwait(false) : null)
            ?? await RecordAggregation.AggregateAsync(_source.QueryAsync(new RecordQuery(_filter), cancellationToken), query, cancellationToken).ConfigureAwait(false);

        var root = new GroupNode(null, _sumFields.Length);
        foreach (var row in rows)
        {
            if (row.Keys.Count != levels.Length || row.Sums.Count != _sumFields.Length)
            {
                throw new InvalidOperationException($"The store's aggregation returned a row with {row.Keys.Count} keys and {row.Sums.Count} sums for a query of {levels.Length} and {_sumFields.Length}.");
            }

            root.Add(row);
            var node = root;
            for (var i = 0; i < levels.Length; i++)
            {
                node = node.Child(GroupKeys.Normalise(row.Keys[i]));
                node.Add(row);
            }
        }

        await NameAsync(root, cancellationToken).ConfigureAwait(false);
        var groups = await BuildAsync(root, 0, _filter, cancellationToken).ConfigureAwait(false);
        var items = levels.IsEmpty && root.Count > 0 ? await ItemsAsync(_filter, cancellationToken).ConfigureAwait(false) : [];
        return new ReportResult(name, _definition, _filter, root.Count, Totals(root), groups, items);
    }

    /// <summary>Reads one page of the records of a filter in the definition's sort.</summary>
    public async Task<Page<ContactRecord>> PageAsync(Filter filter, int pageSize, PageCursor? after, CancellationToken cancellationToken) =>
        await _source.PageAsync(new RecordQuery(filter, _definition.Sort), pageSize, after, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Gives every group its key as a person reads it: a user's display name, the text as the
    /// group's first record spells it (read by id, one query per thousands of groups), a number's text.
    /// </summary>
    private async Task NameAsync(GroupNode root, CancellationToken cancellationToken)
    {
        var byLevel = new List<List<GroupNode>>();
        var current = root.Children.ToList();
        while (current.Count > 0)
        {
            byLevel.Add(current);
            current = [.. current.SelectMany(n => n.Children)];
        }

        var spelled = new List<(GroupNode Node, RecordField Field)>();
        for (var depth = 0; depth < byLevel.Count; depth++)
        {
            var field = _definition.Groups[depth].Field;
            foreach (var node in byLevel[depth])
            {
                if (field == RecordField.AssignedTo)
                {
                    node.Key = node.Key is string text && UserId.TryParse(text, out var id) ? id.ToString() : node.Key;
                }
                else if (node.Key is string)
                {
                    spelled.Add((node, field));
                }
            }
        }

        if (spelled.Count > 0)
        {
            var firsts = await _source.FindManyAsync(spelled.Select(s => s.Node.FirstId), cancellationToken).ConfigureAwait(false);
            foreach (var (node, field) in spelled)
            {
                if (firsts.TryGetValue(node.FirstId, out var first) && field.GetValue(first) is string text)
                {
                    node.Key = text;
                }
            }
        }

        for (var depth = 0; depth < byLevel.Count; depth++)
        {
            var field = _definition.Groups[depth].Field;
            foreach (var node in byLevel[depth])
            {
                node.Display = node.Key switch
                {
                    null when field == RecordField.AssignedTo => ReportGroup.UnassignedDisplay,
                    null => ReportGroup.NoneDisplay,
                    string text when field == RecordField.AssignedTo && UserId.TryParse(text, out var id) && _users.TryGetValue(id, out var user) => user.DisplayName,
                    var key => ReportText.Format(key),
                };
            }
        }
    }

    private async Task<IReadOnlyList<ReportGroup>> BuildAsync(GroupNode parent, int depth, Filter parentFilter, CancellationToken cancellationToken)
    {
        if (depth == _definition.Groups.Length)
        {
            return [];
        }

        var level = _definition.Groups[depth];
        var ordered = parent.Children.ToList();
        ordered.Sort((a, b) => Compare(level, a, b));
        var groups = new List<ReportGroup>(ordered.Count);
        foreach (var node in ordered)
        {
            var filter = Filter.And(parentFilter, node.Key is null ? level.Field.IsEmpty() : level.Field.EqualTo(FilterValue.FromObject(node.Key)));
            var children = await BuildAsync(node, depth + 1, filter, cancellationToken).ConfigureAwait(false);
            var items = depth == _definition.Groups.Length - 1 ? await ItemsAsync(filter, cancellationToken).ConfigureAwait(false) : [];
            groups.Add(new ReportGroup(level, node.Key, node.Display, node.Count, Totals(node), children, items, filter));
        }

        return groups;
    }

    /// <summary>
    /// The order of a level's groups: the empty group last; then by key (users by display name, then
    /// id) or by count, largest first, ties by key; finally by first record id, so the order is total.
    /// </summary>
    private static int Compare(GroupLevel level, GroupNode a, GroupNode b)
    {
        if (a.Key is null || b.Key is null)
        {
            return (a.Key is null).CompareTo(b.Key is null);
        }

        var byKey = level.Field == RecordField.AssignedTo
            ? StringComparer.OrdinalIgnoreCase.Compare(a.Display, b.Display) is var byName and not 0 ? byName : string.CompareOrdinal((string)a.Key, (string)b.Key)
            : SortKey.CompareValues(a.Key, b.Key);
        var order = level.Order switch
        {
            GroupOrder.Descending => -byKey,
            GroupOrder.LargestFirst => b.Count.CompareTo(a.Count) is var byCount and not 0 ? byCount : byKey,
            _ => byKey,
        };
        return order != 0 ? order : a.FirstId.CompareTo(b.FirstId);
    }

    private IReadOnlyList<TotalValue> Totals(GroupNode node) =>
        [.. _definition.Totals.Select(t => new TotalValue(t, node.Sums[Array.IndexOf(_sumFields, t.Field)], node.Values[Array.IndexOf(_sumFields, t.Field)]))];

    private async Task<IReadOnlyList<ReportItem>> ItemsAsync(Filter filter, CancellationToken cancellationToken)
    {
        if (_options.ItemsPerGroup == 0)
        {
            return [];
        }

        var page = await PageAsync(filter, _options.ItemsPerGroup, null, cancellationToken).ConfigureAwait(false);
        return [.. page.Items.Select(Item)];
    }

    /// <summary>A record as a report shows it: the value of each column.</summary>
    public ReportItem Item(ContactRecord record) =>
        new(record.Reference, [.. _definition.Columns.Select(c => Value(c, record))]);

    private object? Value(RecordField field, ContactRecord record)
    {
        if (field == RecordField.AssignedTo)
        {
            return record.AssignedTo is not { } user ? null : _users.TryGetValue(user, out var known) ? known.DisplayName : user.ToString();
        }

        if (field.IsMultiValued)
        {
            var values = field.GetValues(record);
            return values.Count == 0 ? null : values.Select(GroupKeys.Normalise).ToList();
        }

        return GroupKeys.Normalise(field.GetValue(record));
    }
}
