using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>
/// Every value a database holds, in every table and column, as text: what the erasure tests search
/// for the erased person's data. Read with plain SQL, past the store.
/// </summary>
internal static class StoredText
{
    /// <summary>Reads a SQLite database file: text as it is, blobs as UTF-8 and, when 16 bytes long, as the GUID they hold.</summary>
    public static async Task<string> OfSqliteAsync(string path)
    {
        var text = new StringBuilder();
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    text.Append(value switch
                    {
                        byte[] { Length: 16 } guid => new Guid(guid).ToString() + " " + Encoding.UTF8.GetString(guid),
                        byte[] bytes => Encoding.UTF8.GetString(bytes),
                        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                    }).Append('\t');
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Reads a PostgreSQL database: each row of each table of the current schema as its text form.</summary>
    public static async Task<string> OfPostgresAsync(string connectionString)
    {
        var text = new StringBuilder();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var select = new NpgsqlCommand($"SELECT t::text FROM \"{table}\" t", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.Append(reader.GetString(0)).Append('\n');
            }
        }

        return text.ToString();
    }
}
