using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using LeadKit.Querying;
using LeadKit.Utility;
using LeadKit.Validation;

namespace LeadKit.Import;

/// <summary>
/// Which field each column of an imported file goes to: the user's choices (a column → a target key,
/// or a column ignored), saved under a name and reused for the next file ("use the previous map").
/// Columns the map does not name keep the key the format gives them (<see cref="ImportColumn.Key"/>)
/// or, failing that, the automatic guess (<see cref="Guess"/>): a header that names a catalogue field
/// or a common synonym (<c>E-mail Address</c>, <c>Mobile</c>, <c>Zip</c>), compared ignoring case,
/// accents, spaces and punctuation. Keys are the field catalogue's names and their parts (see
/// docs/import-export.md). Immutable; JSON round trip through <see cref="ToJson"/> and <see cref="FromJson"/>.
/// </summary>
public sealed class FieldMap
{
    private static readonly Dictionary<string, string> Synonyms = BuildSynonyms();
    private readonly ReadOnlyDictionary<string, string?> _columns;

    private FieldMap(string? name, IDictionary<string, string?> columns)
    {
        Name = name;
        _columns = new ReadOnlyDictionary<string, string?>(new Dictionary<string, string?>(columns, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Gets the map that names no column: every column keeps the format's key or the automatic guess.</summary>
    public static FieldMap Automatic { get; } = new(null, new Dictionary<string, string?>());

    /// <summary>Gets the name the map is saved under, if any.</summary>
    public string? Name { get; }

    /// <summary>Gets the user's choices: column name (compared ignoring case) → target key, or <see langword="null"/> for a column to ignore.</summary>
    public IReadOnlyDictionary<string, string?> Columns => _columns;

    /// <summary>Returns a copy that sends a column to a target key.</summary>
    /// <param name="column">The column, as the file's header names it.</param>
    /// <param name="key">The target key (<c>title</c>, <c>phone:mobile</c>, <c>custom.Budget</c>).</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">The column or key is blank.</exception>
    public FieldMap Map(string column, string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return With(column.Trim(), key.Trim());
    }

    /// <summary>Returns a copy that ignores a column: its values are counted as not imported, by the user's choice.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">The column is blank.</exception>
    public FieldMap Ignore(string column)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        return With(column.Trim(), null);
    }

    /// <summary>Returns a copy saved under a name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public FieldMap Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new FieldMap(name.Trim(), _columns);
    }

    /// <summary>Returns a map of the keys an import actually used, for saving and reuse: every column of the file with the key it went to.</summary>
    /// <param name="columns">The file's columns with their resolved keys.</param>
    /// <param name="name">The name to save it under.</param>
    /// <returns>The map.</returns>
    public static FieldMap From(IEnumerable<KeyValuePair<string, string?>> columns, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var map = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, key) in columns)
        {
            map.TryAdd(column, key);
        }

        return new FieldMap(string.IsNullOrWhiteSpace(name) ? null : name.Trim(), map);
    }

    /// <summary>Resolves a cell's key: the user's choice for its column, else the format's key, else the automatic guess.</summary>
    /// <param name="column">The column.</param>
    /// <param name="formatKey">The key the format gives it.</param>
    /// <param name="ignored">Whether the user chose to ignore the column.</param>
    /// <returns>The key, or <see langword="null"/>.</returns>
    internal string? Resolve(string column, string? formatKey, out bool ignored)
    {
        if (_columns.TryGetValue(column.Trim(), out var chosen))
        {
            ignored = chosen is null;
            return chosen;
        }

        ignored = false;
        return formatKey ?? Guess(column);
    }

    /// <summary>
    /// Guesses the target key of a header no format knows: a catalogue field's name or a common synonym
    /// (<c>E-mail</c> → <c>email</c>, <c>Mobile Phone</c> → <c>phone:mobile</c>, <c>Zip</c> →
    /// <c>address.postalCode</c>, <c>Budget</c> is not guessed), compared ignoring case, accents,
    /// spaces and punctuation. A header <c>custom.Name</c> keeps its custom-field key.
    /// </summary>
    /// <param name="header">The header.</param>
    /// <returns>The key, or <see langword="null"/> when nothing fits.</returns>
    public static string? Guess(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var trimmed = header.Trim();
        if (trimmed.StartsWith("custom.", StringComparison.OrdinalIgnoreCase) && trimmed.Length > "custom.".Length)
        {
            return "custom." + trimmed["custom.".Length..];
        }

        var folded = Fold(trimmed);
        return folded.Length == 0 ? null : Synonyms.GetValueOrDefault(folded);
    }

    /// <summary>Writes the map as JSON: <c>{"name": "…", "columns": {"Column": "key", "Ignored": null}}</c>.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(new MapDocument { Name = Name, Columns = new Dictionary<string, string?>(_columns) }, ImportJsonContext.Default.MapDocument);

    /// <summary>Reads a map written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The map.</returns>
    /// <exception cref="LeadKitValidationException">The text is not a field map (<c>LeadKit.Import.BadFieldMap</c>).</exception>
    public static FieldMap FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        MapDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, ImportJsonContext.Default.MapDocument);
        }
        catch (JsonException e)
        {
            throw Preconditions.Invalid(nameof(FieldMap), e.Path ?? "$", "LeadKit.Import.BadFieldMap", $"The field map is not valid JSON: {e.Message}");
        }

        if (document?.Columns is null)
        {
            throw Preconditions.Invalid(nameof(FieldMap), "columns", "LeadKit.Import.BadFieldMap", "The field map has no \"columns\" object.");
        }

        if (document.Columns.FirstOrDefault(c => string.IsNullOrWhiteSpace(c.Key) || (c.Value is not null && string.IsNullOrWhiteSpace(c.Value))) is { Key: not null } bad)
        {
            throw Preconditions.Invalid(nameof(FieldMap), "columns", "LeadKit.Import.BadFieldMap", $"The field map sends column '{bad.Key}' to a blank key: give a key, or null to ignore the column.");
        }

        var columns = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, key) in document.Columns)
        {
            if (!columns.TryAdd(column.Trim(), key?.Trim()))
            {
                throw Preconditions.Invalid(nameof(FieldMap), "columns", "LeadKit.Import.BadFieldMap", $"The field map names column '{column.Trim()}' twice (column names are compared ignoring case): keep one entry.");
            }
        }

        return new FieldMap(string.IsNullOrWhiteSpace(document.Name) ? null : document.Name.Trim(), columns);
    }

    /// <inheritdoc />
    public override string ToString() => (Name ?? "field map") + $" ({_columns.Count} columns)";

    /// <summary>Folds a header for comparison: accents removed, letters and digits only, lower case.</summary>
    internal static string Fold(string text)
    {
        var decomposed = UnicodeText.Normalize(text, NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private FieldMap With(string column, string? key)
    {
        var copy = new Dictionary<string, string?>(_columns, StringComparer.OrdinalIgnoreCase) { [column] = key };
        return new FieldMap(Name, copy);
    }

    private static Dictionary<string, string> BuildSynonyms()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, params string[] headers)
        {
            foreach (var header in headers.Append(key))
            {
                map.TryAdd(Fold(header), key);
            }
        }

        // Every catalogue field that an import can set, by its own name.
        foreach (var field in FieldCatalog.BuiltIn.Where(f => f.Supports(FieldCapabilities.Import)))
        {
            Add(field.Name);
        }

        Add("name", "full name", "contact name", "contact", "display name", "lead name", "nom complet");
        Add("first", "first name", "given name", "firstname", "forename", "prénom", "vorname", "nombre");
        Add("middle", "middle name", "additional name");
        Add("last", "last name", "surname", "family name", "lastname", "nom", "nachname", "apellido", "apellidos");
        Add("prefix", "salutation", "honorific", "name prefix");
        Add("suffix", "name suffix");
        Add("title", "job title", "position", "job", "role", "fonction", "poste", "titre");
        Add("company", "company name", "organization", "organisation", "organization name", "employer", "business", "entreprise", "société", "firma", "empresa");
        Add("email", "e-mail", "email address", "e-mail address", "mail", "courriel", "adresse e-mail");
        Add("email:business", "work email", "business email", "work e-mail", "business e-mail");
        Add("email:personal", "home email", "personal email", "private email", "home e-mail", "personal e-mail");
        Add("email:other", "other email", "other e-mail", "email 2", "e-mail 2");
        Add("phone", "telephone", "phone number", "tel", "téléphone", "telefon", "teléfono");
        Add("phone:business", "work phone", "business phone", "office phone", "direct line");
        Add("phone:home", "home phone", "private phone");
        Add("phone:mobile", "mobile", "mobile phone", "cell", "cell phone", "cellphone", "portable", "mobile number", "handy", "móvil");
        Add("phone:businessFax", "fax", "fax number", "business fax", "work fax");
        Add("address.street", "street", "address", "street address", "address line 1", "adresse", "rue");
        Add("address.street2", "address line 2");
        Add("address.city", "city", "town", "ville", "stadt", "ciudad");
        Add("address.state", "state", "province", "region", "county", "state/province");
        Add("address.postalCode", "zip", "zip code", "postal code", "postcode", "code postal", "plz");
        Add("address.country", "country", "country/region", "pays", "land", "país");
        Add("webPage", "website", "web site", "web page", "url", "homepage", "site web");
        Add("comments", "notes", "note", "description", "remarks");
        Add("source", "lead source", "origin");
        Add("assignedTo", "owner", "lead owner", "assigned to", "sales rep");
        Add("birthday", "date of birth", "birth date", "dob");
        Add("department", "dept");
        return map;
    }

    /// <summary>The JSON form of a map (<see cref="ImportJsonContext"/>).</summary>
    internal sealed class MapDocument
    {
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("columns")]
        public Dictionary<string, string?>? Columns { get; set; }
    }
}
