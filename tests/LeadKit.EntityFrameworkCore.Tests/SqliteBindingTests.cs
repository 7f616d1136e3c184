using System.Text;
using FsCheck.Xunit;
using LeadKit.EntityFrameworkCore.Sql;
using Microsoft.Data.Sqlite;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>
/// The SQLite dialect runs its batch statements through SQLite's own API and binds text and GUIDs from
/// stack or pooled buffers. What it stores must be byte for byte what Microsoft.Data.Sqlite's
/// parameters store, for every kind of text: empty, non-ASCII, longer than the stack buffer, with a
/// lone surrogate, and null.
/// </summary>
public sealed class SqliteBindingTests
{
    public static TheoryData<string?> Texts() =>
    [
        string.Empty,
        "Buyer",
        "Zoë Ångström — 会議室A 🙂",
        new string('é', 300),
        new string('x', 170) + "€",
        "a\uD800b",
        "\uDC00",
        null,
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task ExecuteEach_Text_StoresWhatAParameterStores(string? text)
    {
        using var database = new SqliteDatabase();
        await using var connection = new SqliteConnection($"Data Source={database.Path};Pooling=False");
        await connection.OpenAsync();
        await Execute(connection, "CREATE TABLE t (id TEXT, v TEXT, kind TEXT)");
        var id = Guid.NewGuid();

        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            var affected = await SqliteDialect.Instance.ExecuteEachAsync(
                connection,
                transaction,
                "INSERT INTO t VALUES (@p0, @p1, 'dialect')",
                [ColumnType.Guid, ColumnType.Text],
                [[id, text]],
                100,
                CancellationToken.None);
            Assert.Equal([1], affected);

            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO t VALUES (@id, @v, 'parameter')";
            insert.Parameters.AddWithValue("@id", InstantText.FormatGuid(id));
            insert.Parameters.AddWithValue("@v", (object?)text ?? DBNull.Value);
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        var stored = new Dictionary<string, (string Id, string Type, string Hex)>();
        await using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT kind, id, typeof(v), hex(v) FROM t";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2), reader.GetString(3));
            }
        }

        Assert.Equal(stored["parameter"], stored["dialect"]);
        Assert.Equal(id.ToString("D").ToUpperInvariant(), stored["dialect"].Id);
        Assert.Equal(text is null ? "null" : "text", stored["dialect"].Type);
    }

    [Property(MaxTest = 1000)]
    public void FormatGuid_IsUpperCaseWithHyphens_AsTextAndAsUtf8_AndParsesBack(Guid id)
    {
        var expected = id.ToString("D").ToUpperInvariant();
        Span<byte> utf8 = stackalloc byte[InstantText.GuidLength + 1];
        utf8[^1] = 0x7F;

        InstantText.FormatGuid(id, utf8);

        Assert.Equal(expected, InstantText.FormatGuid(id));
        Assert.Equal(expected, Encoding.UTF8.GetString(utf8[..InstantText.GuidLength]));
        Assert.Equal(0x7F, utf8[^1]);
        Assert.Equal(id, Guid.Parse(InstantText.FormatGuid(id)));
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
