using System.Globalization;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LeadKit.EntityFrameworkCore.Sql;
using LeadKit.Serialization;
using Microsoft.Data.Sqlite;

namespace LeadKit.EntityFrameworkCore.Tests;

/// <summary>
/// A patched SQLite document binds a member's new value as a string or an integer where it can, instead
/// of JSON text through <c>json()</c> (<see cref="DocumentPatch.Binding"/>). Whatever the binding, SQLite
/// must write exactly the document the JSON text would have given.
/// </summary>
public sealed class DocumentPatchBindingTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public DocumentPatchBindingTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Property(MaxTest = 1000)]
    public void Binding_OfAnyString_WritesWhatItsJsonTextWrites(NonNull<string> value)
    {
        var json = JsonSerializer.Serialize(value.Get, LeadKitJsonOptions.Default);

        var (bound, type) = DocumentPatch.Binding(json);

        Assert.Equal(PatchedWithJson(json), Patched(bound, type));
        if (type == ColumnType.Text)
        {
            Assert.Equal(value.Get, bound);
        }
        else
        {
            Assert.Equal(ColumnType.Json, type);
            Assert.Contains('\\', json);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Buyer A")]
    [InlineData("Zoë Ångström — 会議室A")]
    [InlineData("<b>O'Brien & Co</b> +1")]
    [InlineData("a/b")]
    public void Binding_OfTextThatNeedsNoEscape_IsTheText_NonAsciiAndMarkupIncluded(string text)
    {
        var json = JsonSerializer.Serialize(text, LeadKitJsonOptions.Default);

        var (bound, type) = DocumentPatch.Binding(json);

        Assert.Equal((text, ColumnType.Text), ((string)bound, type));
        Assert.Equal(PatchedWithJson(json), Patched(bound, type));
    }

    [Theory]
    [InlineData("\u007F")]
    [InlineData("\u2028")]
    [InlineData("🙂")]
    [InlineData("tab\there")]
    public void Binding_OfTextTheWriterMayEscape_WritesWhatItsJsonTextWrites(string text)
    {
        var json = JsonSerializer.Serialize(text, LeadKitJsonOptions.Default);

        var (bound, type) = DocumentPatch.Binding(json);

        Assert.Equal(json.Contains('\\', StringComparison.Ordinal) ? (json, ColumnType.Json) : (text, ColumnType.Text), ((string)bound, type));
        Assert.Equal(PatchedWithJson(json), Patched(bound, type));
    }

    [Property(MaxTest = 1000)]
    public void Binding_OfAnyInteger_IsTheNumber_AndWritesWhatItsJsonTextWrites(long number)
    {
        var json = number.ToString(CultureInfo.InvariantCulture);

        var (bound, type) = DocumentPatch.Binding(json);

        Assert.Equal((number, ColumnType.Int64), ((long)bound, type));
        Assert.Equal(PatchedWithJson(json), Patched(bound, type));
    }

    [Theory]
    [InlineData("\"a\\\"b\"")]
    [InlineData("\"a\\\\b\"")]
    [InlineData("\"line\\nbreak\"")]
    [InlineData("-0")]
    [InlineData("1.5")]
    [InlineData("1.0")]
    [InlineData("1e5")]
    [InlineData("99999999999999999999")]
    [InlineData("-99999999999999999999")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("{\"kind\":\"lead\",\"id\":\"x\"}")]
    [InlineData("[1,\"two\"]")]
    public void Binding_OfOtherJson_IsTheJsonText_AndWritesWhatItWrites(string json)
    {
        var (bound, type) = DocumentPatch.Binding(json);

        Assert.Equal((json, ColumnType.Json), ((string)bound, type));
        Assert.Equal(PatchedWithJson(json), Patched(bound, type));
    }

    [Fact]
    public void PatchDocument_PutsOnlyJsonTextThroughJson()
    {
        var sql = SqliteDialect.Instance.PatchDocument("document", ["old"], [("a", "@p0", ColumnType.Json), ("b", "@p1", ColumnType.Text), ("c", "@p2", ColumnType.Int64)]);

        Assert.Equal("json_set(json_remove(document, '$.old'), '$.a', json(@p0), '$.b', @p1, '$.c', @p2)", sql);
    }

    private string PatchedWithJson(string json) => Patched(json, ColumnType.Json);

    /// <summary>A document patched by the SQL <see cref="SqliteDialect.PatchDocument"/> gives for one member bound so.</summary>
    private string Patched(object value, ColumnType type)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT " + SqliteDialect.Instance.PatchDocument("'{\"before\":1,\"member\":0,\"after\":\"é\"}'", [], [("member", "$v", type)]);
        command.Parameters.AddWithValue("$v", value);
        return (string)command.ExecuteScalar()!;
    }
}
