using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Contacts;
using LeadKit.Import.Duplicates;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Storage;
using T = LeadKit.EntityFrameworkCore.Sql.ColumnType;

namespace LeadKit.EntityFrameworkCore.Sql;

/// <summary>
/// The tables of leads and business contacts and their child tables, and how a record becomes
/// rows: the indexed columns are read through <see cref="RecordField"/>, the same getters the
/// in-memory filter uses, so SQL filters and sorts see exactly the values the filter language means.
/// </summary>
internal static class RecordTables
{
    public static readonly TableSpec Emails = new("record_emails", [new("record_kind", T.Int32), new("record_id", T.Guid), new("position", T.Int32), new("address_key", T.Text)]);

    public static readonly TableSpec Phones = new("record_phones", [new("record_kind", T.Int32), new("record_id", T.Guid), new("position", T.Int32), new("digits", T.Text)]);

    public static readonly TableSpec Addresses = new("record_addresses", [new("record_kind", T.Int32), new("record_id", T.Guid), new("position", T.Int32), new("city_key", T.Text), new("state_key", T.Text), new("postal_code_key", T.Text), new("country_key", T.Text)]);

    public static readonly TableSpec Criteria = new("record_criteria", [new("record_kind", T.Int32), new("record_id", T.Guid), new("position", T.Int32), new("criterion_key", T.Text), new("checked_at", T.Instant)]);

    public static readonly TableSpec CustomValues = new("record_custom_values", [new("record_kind", T.Int32), new("record_id", T.Guid), new("name_key", T.Text), new("type_rank", T.Int32), new("number_value", T.Number), new("date_value", T.Date), new("text_key", T.Text)]);

    /// <summary>
    /// A record's duplicate match keys (<see cref="MatchKeys.For"/>): <c>rule</c> is the <see cref="DuplicateRule"/>,
    /// <c>key_value</c> the normalised key; the workspace is repeated here so that a workspace's keys
    /// are grouped from their index alone.
    /// </summary>
    public static readonly TableSpec Keys = new("record_match_keys", [new("record_kind", T.Int32), new("record_id", T.Guid), new("position", T.Int32), new("workspace_id", T.Guid), new("rule", T.Int32), new("key_value", T.Text)]);

    public static readonly IReadOnlyList<TableSpec> Children = [Emails, Phones, Addresses, Criteria, CustomValues, Keys];

    /// <summary>The scalar columns shared by both record tables, in value order (the link column and the document follow).</summary>
    private static readonly Column[] Shared =
    [
        new("id", T.Guid), new("workspace_id", T.Guid), new("version", T.Int64),
        new("name_key", T.Text), new("first_key", T.Text), new("middle_key", T.Text), new("last_key", T.Text), new("file_as_key", T.Text),
        new("title_key", T.Text), new("company_key", T.Text), new("account_key", T.Text), new("assigned_to", T.Guid), new("assigned_to_key", T.Text),
        new("source_key", T.Text), new("rating_key", T.Text), new("initiated_by_key", T.Text), new("area_of_interest_key", T.Text),
        new("web_page_key", T.Text), new("score_type_key", T.Text), new("manual_stars", T.Int32), new("comments_key", T.Text),
        new("created_at", T.Instant), new("modified_at", T.Instant), new("converted", T.Boolean),
        new("stars", T.Int32), new("score_points", T.Int32),
        new("score_profile_version", T.Int64), new("scored_at", T.Instant), new("scored_version", T.Int64), new("score_expires_at", T.Instant),
        new("department_key", T.Text), new("office_key", T.Text), new("profession_key", T.Text), new("manager_key", T.Text), new("assistant_key", T.Text),
        new("nickname_key", T.Text), new("phonetic_first_key", T.Text), new("phonetic_last_key", T.Text), new("phonetic_company_key", T.Text),
        new("spouse_key", T.Text), new("im_address_key", T.Text), new("territory_key", T.Text), new("preferred_contact_key", T.Text),
        new("birthday", T.Date), new("anniversary", T.Date),
        new("do_not_call", T.Boolean), new("do_not_email", T.Boolean), new("do_not_fax", T.Boolean), new("do_not_send_letter", T.Boolean), new("active", T.Boolean),
    ];

    public static readonly TableSpec Leads = new("leads", [.. Shared, new("converted_to", T.Guid), new("document", T.Json)]);

    public static readonly TableSpec Contacts = new("contacts", [.. Shared, new("converted_from", T.Guid), new("document", T.Json)]);

    /// <summary>The single-valued fields of the filter language and the column that holds each.</summary>
    public static readonly IReadOnlyDictionary<RecordField, Column> FieldColumns = new Dictionary<RecordField, Column>
    {
        [RecordField.Id] = new("id", T.Guid),
        [RecordField.FullName] = new("name_key", T.Text),
        [RecordField.FirstName] = new("first_key", T.Text),
        [RecordField.MiddleName] = new("middle_key", T.Text),
        [RecordField.LastName] = new("last_key", T.Text),
        [RecordField.FileAs] = new("file_as_key", T.Text),
        [RecordField.JobTitle] = new("title_key", T.Text),
        [RecordField.Company] = new("company_key", T.Text),
        [RecordField.Account] = new("account_key", T.Text),
        [RecordField.AssignedTo] = new("assigned_to_key", T.Text),
        [RecordField.Source] = new("source_key", T.Text),
        [RecordField.Rating] = new("rating_key", T.Text),
        [RecordField.InitiatedBy] = new("initiated_by_key", T.Text),
        [RecordField.AreaOfInterest] = new("area_of_interest_key", T.Text),
        [RecordField.WebPage] = new("web_page_key", T.Text),
        [RecordField.ScoreType] = new("score_type_key", T.Text),
        [RecordField.Comments] = new("comments_key", T.Text),
        [RecordField.ManualStars] = new("manual_stars", T.Int32),
        [RecordField.Stars] = new("stars", T.Int32),
        [RecordField.ScorePoints] = new("score_points", T.Int32),
        [RecordField.Created] = new("created_at", T.Instant),
        [RecordField.Modified] = new("modified_at", T.Instant),
        [RecordField.Version] = new("version", T.Int64),
        [RecordField.Converted] = new("converted", T.Boolean),
        [RecordField.Department] = new("department_key", T.Text),
        [RecordField.Office] = new("office_key", T.Text),
        [RecordField.Profession] = new("profession_key", T.Text),
        [RecordField.Manager] = new("manager_key", T.Text),
        [RecordField.Assistant] = new("assistant_key", T.Text),
        [RecordField.Nickname] = new("nickname_key", T.Text),
        [RecordField.PhoneticFirst] = new("phonetic_first_key", T.Text),
        [RecordField.PhoneticLast] = new("phonetic_last_key", T.Text),
        [RecordField.PhoneticCompany] = new("phonetic_company_key", T.Text),
        [RecordField.Spouse] = new("spouse_key", T.Text),
        [RecordField.ImAddress] = new("im_address_key", T.Text),
        [RecordField.Territory] = new("territory_key", T.Text),
        [RecordField.PreferredContactMethod] = new("preferred_contact_key", T.Text),
        [RecordField.Birthday] = new("birthday", T.Date),
        [RecordField.Anniversary] = new("anniversary", T.Date),
        [RecordField.DoNotCall] = new("do_not_call", T.Boolean),
        [RecordField.DoNotEmail] = new("do_not_email", T.Boolean),
        [RecordField.DoNotFax] = new("do_not_fax", T.Boolean),
        [RecordField.DoNotSendLetter] = new("do_not_send_letter", T.Boolean),
        [RecordField.Active] = new("active", T.Boolean),
    };

    /// <summary>The multi-valued fields: the child table and the column holding the values.</summary>
    public static readonly IReadOnlyDictionary<RecordField, (TableSpec Table, string Column)> MultiValuedColumns = new Dictionary<RecordField, (TableSpec, string)>
    {
        [RecordField.Email] = (Emails, "address_key"),
        [RecordField.Phone] = (Phones, "digits"),
        [RecordField.City] = (Addresses, "city_key"),
        [RecordField.State] = (Addresses, "state_key"),
        [RecordField.PostalCode] = (Addresses, "postal_code_key"),
        [RecordField.Country] = (Addresses, "country_key"),
        [RecordField.Checked] = (Criteria, "criterion_key"),
    };

    private static readonly object True = true;

    private static readonly object False = false;

    public static TableSpec For(RecordKind kind) => kind == RecordKind.Lead ? Leads : Contacts;

    /// <summary>The values of a record's row, in <see cref="For"/>'s column order.</summary>
    /// <param name="record">The record.</param>
    /// <param name="workspace">Its workspace.</param>
    /// <param name="document">The document column's value.</param>
    /// <param name="fold">
    /// Whether the text key columns hold folded keys (what is stored) or the record's own text
    /// (cheaper, for comparing two records: equal text folds to equal keys; fold a changed one with <see cref="TextKey.Fold"/>).
    /// </param>
    /// <param name="into">An array of the row's length to fill (a caller comparing many rows reuses two), or <see langword="null"/> for a new one.</param>
    public static object?[] RowValues(ContactRecord record, WorkspaceId workspace, string? document, bool fold = true, object?[]? into = null)
    {
        var values = into ?? new object?[Shared.Length + 2];
        var i = 0;
        values[i++] = record.Reference.Id;
        values[i++] = workspace.Value;
        values[i++] = record.Version;
        values[i++] = Text(RecordField.FullName);
        values[i++] = Text(RecordField.FirstName);
        values[i++] = Text(RecordField.MiddleName);
        values[i++] = Text(RecordField.LastName);
        values[i++] = Text(RecordField.FileAs);
        values[i++] = Text(RecordField.JobTitle);
        values[i++] = Text(RecordField.Company);
        values[i++] = Text(RecordField.Account);
        values[i++] = record.AssignedTo?.Value;
        values[i++] = Text(RecordField.AssignedTo);
        values[i++] = Text(RecordField.Source);
        values[i++] = Text(RecordField.Rating);
        values[i++] = Text(RecordField.InitiatedBy);
        values[i++] = Text(RecordField.AreaOfInterest);
        values[i++] = Text(RecordField.WebPage);
        values[i++] = Text(RecordField.ScoreType);
        values[i++] = record.ManualStars;
        values[i++] = Text(RecordField.Comments);
        values[i++] = record.CreatedAt;
        values[i++] = record.ModifiedAt;
        values[i++] = Box((bool)RecordField.Converted.GetValue(record)!);
        values[i++] = record.Stars;
        values[i++] = record.Score?.Points;
        values[i++] = record.Score?.ProfileVersion;
        values[i++] = record.Score?.ScoredAt;
        values[i++] = record.Score?.RecordVersion;
        values[i++] = record.Score?.ExpiresAt;

        // The fields of migration 0005 (the field catalogue's filters and sorts read these columns).
        values[i++] = Text(RecordField.Department);
        values[i++] = Text(RecordField.Office);
        values[i++] = Text(RecordField.Profession);
        values[i++] = Text(RecordField.Manager);
        values[i++] = Text(RecordField.Assistant);
        values[i++] = Text(RecordField.Nickname);
        values[i++] = Text(RecordField.PhoneticFirst);
        values[i++] = Text(RecordField.PhoneticLast);
        values[i++] = Text(RecordField.PhoneticCompany);
        values[i++] = Text(RecordField.Spouse);
        values[i++] = Text(RecordField.ImAddress);
        values[i++] = Text(RecordField.Territory);
        values[i++] = Text(RecordField.PreferredContactMethod);
        values[i++] = record.Birthday;
        values[i++] = record.Anniversary;
        values[i++] = Box(record.DoNotCall);
        values[i++] = Box(record.DoNotEmail);
        values[i++] = Box(record.DoNotFax);
        values[i++] = Box(record.DoNotSendLetter);
        values[i++] = Box(record.IsActive);
        values[i++] = record switch
        {
            Lead lead => lead.ConvertedTo?.Value,
            BusinessContact contact => contact.ConvertedFrom?.Value,
            _ => null,
        };
        values[i] = document;
        return values;

        string? Text(RecordField field) => fold ? Key(field, record) : (string?)field.GetValue(record);
    }

    /// <summary>A flag as one of two shared boxes: a row has six, and bulk writes build rows by the hundred thousand.</summary>
    private static object Box(bool value) => value ? True : False;

    /// <summary>The child rows of a record, per child table.</summary>
    /// <param name="record">The record.</param>
    /// <param name="keys">The store's duplicate match keys, for <see cref="Keys"/>.</param>
    /// <param name="workspace">The record's workspace, for <see cref="Keys"/>.</param>
    public static IEnumerable<(TableSpec Table, object?[] Values)> ChildRows(ContactRecord record, MatchKeys keys, Guid workspace)
    {
        var kind = (int)record.Kind;
        var id = record.Reference.Id;
        var position = 0;
        foreach (var email in RecordField.Email.GetValues(record))
        {
            yield return (Emails, [kind, id, position++, TextKey.Fold((string)email)]);
        }

        position = 0;
        foreach (var digits in RecordField.Phone.GetValues(record))
        {
            yield return (Phones, [kind, id, position++, TextKey.Fold((string)digits)]);
        }

        position = 0;
        foreach (var address in record.Addresses)
        {
            yield return (Addresses, [kind, id, position++, TextKey.Fold(address.City), TextKey.Fold(address.State), TextKey.Fold(address.PostalCode), TextKey.Fold(address.Country)]);
        }

        position = 0;
        foreach (var (criterion, at) in record.CriterionChecks)
        {
            yield return (Criteria, [kind, id, position++, TextKey.Fold(criterion.Value), at]);
        }

        foreach (var (name, value) in record.CustomFields)
        {
            // The same values RecordField.Custom(name).GetValue reads, without requiring the name
            // to be writable in the filter language.
            object typed = value.Type switch
            {
                CustomFields.CustomFieldType.Text or CustomFields.CustomFieldType.Choice => value.AsText,
                CustomFields.CustomFieldType.YesNo => value.AsYesNo,
                CustomFields.CustomFieldType.Date => value.AsDate,
                _ => value.AsDecimal,
            };
            var (rank, number, date, text) = CustomValue(typed);
            yield return (CustomValues, [kind, id, TextKey.Fold(name.Trim()), rank, number, date, text]);
        }

        position = 0;
        foreach (var key in keys.For(record))
        {
            yield return (Keys, [kind, id, position++, workspace, (int)key.Rule, key.Value]);
        }
    }

    /// <summary>Splits a custom-field value (as <see cref="RecordField.GetValue"/> returns it) into the typed columns.</summary>
    public static (int Rank, decimal? Number, NodaTime.LocalDate? Date, string? Text) CustomValue(object? value) => value switch
    {
        bool b => (0, b ? 1m : 0m, null, null),
        decimal d => (1, d, null, null),
        NodaTime.LocalDate date => (2, null, date, null),
        string s => (4, null, null, TextKey.Fold(s)),
        _ => throw new ArgumentException($"Unexpected custom field value {value}.", nameof(value)),
    };

    private static string? Key(RecordField field, ContactRecord record) => TextKey.Fold((string?)field.GetValue(record));

    /// <summary>The child tables' rows of many records, grouped per table.</summary>
    public static Dictionary<TableSpec, List<object?[]>> ChildRowsByTable(IEnumerable<ContactRecord> records, MatchKeys keys, Guid workspace)
    {
        var byTable = Children.ToDictionary(t => t, _ => new List<object?[]>());
        foreach (var record in records)
        {
            foreach (var (table, values) in ChildRows(record, keys, workspace))
            {
                byTable[table].Add(values);
            }
        }

        return byTable;
    }
}
