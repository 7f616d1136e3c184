using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;

namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>
/// What differs between SQLite and PostgreSQL in LeadKit's raw SQL: parameter placeholders and
/// values, text-search functions, the set-based write paths and how errors are classified.
/// </summary>
internal abstract class SqlDialect
{
    public abstract LeadKitDatabaseProvider Provider { get; }

    /// <summary>The placeholder of the parameter at <paramref name="index"/> (0-based).</summary>
    public abstract string Placeholder(int index);

    /// <summary>Creates a parameter for a value of a logical column type (null for SQL NULL).</summary>
    public abstract DbParameter CreateParameter(int index, object? value, ColumnType type);

    /// <summary>Reads a column of a logical type (the reader's value is not null).</summary>
    public abstract object ReadValue(DbDataReader reader, int ordinal, ColumnType type);

    /// <summary>Renders a value read by <see cref="ReadValue"/> for a page cursor.</summary>
    public abstract string RenderCursorValue(object value, ColumnType type);

    /// <summary>Parses a page cursor's value back into a parameter value.</summary>
    public abstract object ParseCursorValue(string text, ColumnType type);

    /// <summary>SQL that is true when <paramref name="column"/> contains <paramref name="placeholder"/> (both non-null).</summary>
    public abstract string Contains(string column, string placeholder);

    /// <summary>SQL that is true when <paramref name="column"/> starts with <paramref name="placeholder"/>.</summary>
    public abstract string StartsWith(string column, string placeholder);

    /// <summary>SQL that is true when <paramref name="column"/> ends with <paramref name="placeholder"/>.</summary>
    public abstract string EndsWith(string column, string placeholder);

    /// <summary>
    /// The aggregate of the smallest GUID of a column, in <see cref="Guid"/> order, as text: SQLite
    /// stores GUIDs as upper-case text, whose order is theirs; PostgreSQL has no <c>min(uuid)</c>, so
    /// it takes the smallest text form under the "C" collation (byte order, which is the uuid order).
    /// </summary>
    public abstract string MinGuidText(string column);

    /// <summary>SQL reading the text at a path of property names (plain words) in a JSON document column; SQL NULL when missing.</summary>
    public abstract string JsonText(string column, IReadOnlyList<string> path);

    /// <summary>Inserts many rows into one table inside the unit of work's transaction (the set-based add path).</summary>
    public abstract Task InsertAsync(DbConnection connection, DbTransaction transaction, TableSpec table, IReadOnlyList<object?[]> rows, int batchSize, CancellationToken cancellationToken);

    /// <summary>Runs one parameterised statement once per row, batched, and returns each run's affected row count.</summary>
    public abstract Task<int[]> ExecuteEachAsync(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<ColumnType> types, IReadOnlyList<object?[]> rows, int batchSize, CancellationToken cancellationToken);

    /// <summary>
    /// Locks the rows of a record table that a multi-row write is about to change, in identifier
    /// order, inside the unit of work's transaction. Every multi-row write takes its rows in the same
    /// order, so two of them never wait on each other in a cycle (a deadlock) however their batches
    /// overlap. A dialect whose database locks whole files (SQLite) does nothing.
    /// </summary>
    /// <param name="connection">The connection.</param>
    /// <param name="transaction">The unit of work's transaction.</param>
    /// <param name="table">The record table.</param>
    /// <param name="workspace">The workspace.</param>
    /// <param name="ids">The rows' identifiers.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the rows are locked.</returns>
    public virtual Task LockRowsAsync(DbConnection connection, DbTransaction transaction, string table, Guid workspace, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Writes only the stored score of many rows of a record table, inside the unit of work's
    /// transaction: <c>stars</c>, <c>score_points</c> and the document's <c>score</c> member (removed
    /// when <see cref="ScoreRow.Score"/> is null); the version and every other column stay. A row is
    /// written only while it is in <paramref name="workspace"/> at <see cref="ScoreRow.Version"/>.
    /// </summary>
    /// <returns>For each row, whether it was written.</returns>
    public abstract Task<bool[]> UpdateScoresAsync(DbConnection connection, DbTransaction transaction, string table, Guid workspace, IReadOnlyList<ScoreRow> rows, CancellationToken cancellationToken);

    /// <summary>
    /// The SQL of a document column patched member by member (see <see cref="DocumentPatch"/>): the
    /// <paramref name="removed"/> top-level members removed, then each of <paramref name="set"/> set to
    /// its parameter's value. <see langword="null"/> when this dialect writes whole documents instead.
    /// </summary>
    /// <param name="column">The document column.</param>
    /// <param name="removed">The members to remove (plain names: letters, digits, underscores).</param>
    /// <param name="set">
    /// The members to set, the placeholder of each one's value, and how the value is bound
    /// (<see cref="DocumentPatch.Binding"/>): <see cref="ColumnType.Json"/> for JSON text,
    /// <see cref="ColumnType.Text"/> for a string the member holds, <see cref="ColumnType.Int64"/> for an integer.
    /// </param>
    public virtual string? PatchDocument(string column, IReadOnlyList<string> removed, IReadOnlyList<(string Member, string Placeholder, ColumnType Type)> set) => null;

    /// <summary>Whether an exception (or one it wraps) is a primary-key or unique violation.</summary>
    public abstract bool IsUniqueViolation(Exception exception);

    /// <summary>Whether an exception (or one it wraps) means the database stayed locked by another writer.</summary>
    public abstract bool IsBusy(Exception exception);

    /// <summary>Finds an exception of type <typeparamref name="T"/> in a chain of inner exceptions.</summary>
    protected static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }
}
