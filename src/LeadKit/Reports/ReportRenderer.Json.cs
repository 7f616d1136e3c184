using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using LeadKit.Leads;
using NodaTime;
using NodaTime.Text;

namespace LeadKit.Reports;

/// <content>JSON.</content>
public static partial class ReportRenderer
{
    /// <summary>
    /// Writes a report result as one JSON object: <c>{"name", "recordKind", "filter", "groups":
    /// [{"key", "value", "count", "totals", "groups", "items"}…], "total", "totals", "items"}</c>.
    /// A group's <c>key</c> is its display text (a user's name, <c>(none)</c>), <c>value</c> the value
    /// the records share (a user's id, <see langword="null"/> for the empty group); <c>totals</c> maps
    /// each total (<c>avg(stars)</c>) to its value; an item is an object with the record's
    /// <c>id</c> and a member per column.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="writer">The writer, e.g. inside a host's own JSON output.</param>
    public static void WriteJson(ReportResult result, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("name", result.Name);
        writer.WriteString("recordKind", result.Definition.RecordKind == RecordKind.Lead ? "lead" : "businessContact");
        writer.WriteString("filter", result.Definition.Filter.ToString());
        writer.WriteStartArray("groups");
        foreach (var group in result.Groups)
        {
            WriteGroup(writer, result.Definition, group);
        }

        writer.WriteEndArray();
        writer.WriteNumber("total", result.Count);
        WriteTotals(writer, result.Totals);
        WriteItems(writer, result.Definition, result.Items);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a funnel as one JSON object: <c>{"from", "to", "qualifiedStars", "stages": [{"name",
    /// "count", "rate", "stepRate"}…], "valueWon": [{"currency", "amount"}…], "byAssigned": [{"user",
    /// "name", "stages", "valueWon"}…]}</c>; the top-level stages are the team's.
    /// </summary>
    /// <param name="funnel">The funnel.</param>
    /// <param name="writer">The writer.</param>
    public static void WriteJson(FunnelResult funnel, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteInstant(writer, "from", funnel.From);
        WriteInstant(writer, "to", funnel.To);
        writer.WriteNumber("qualifiedStars", funnel.QualifiedStars);
        WriteFunnelRow(writer, funnel.Team);
        writer.WriteStartArray("byAssigned");
        foreach (var row in funnel.ByAssigned)
        {
            writer.WriteStartObject();
            if (row.User is { } user)
            {
                writer.WriteString("user", user.ToString());
            }
            else
            {
                writer.WriteNull("user");
            }

            writer.WriteString("name", row.Name);
            WriteFunnelRow(writer, row);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter writer, ReportDefinition definition, ReportGroup group)
    {
        writer.WriteStartObject();
        writer.WriteString("key", group.Display);
        writer.WritePropertyName("value");
        WriteValue(writer, group.Key);
        writer.WriteNumber("count", group.Count);
        WriteTotals(writer, group.Totals);
        writer.WriteStartArray("groups");
        foreach (var child in group.Groups)
        {
            WriteGroup(writer, definition, child);
        }

        writer.WriteEndArray();
        WriteItems(writer, definition, group.Items);
        writer.WriteEndObject();
    }

    private static void WriteTotals(Utf8JsonWriter writer, IReadOnlyList<TotalValue> totals)
    {
        writer.WriteStartObject("totals");
        foreach (var total in totals)
        {
            writer.WritePropertyName(total.Total.ToString());
            WriteValue(writer, total.Value);
        }

        writer.WriteEndObject();
    }

    private static void WriteItems(Utf8JsonWriter writer, ReportDefinition definition, IReadOnlyList<ReportItem> items)
    {
        writer.WriteStartArray("items");
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WriteString("id", item.Record.Id.ToString("D"));
            for (var i = 0; i < definition.Columns.Length; i++)
            {
                writer.WritePropertyName(definition.Columns[i].Name);
                WriteValue(writer, item.Values[i]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteFunnelRow(Utf8JsonWriter writer, FunnelRow row)
    {
        writer.WriteStartArray("stages");
        foreach (var stage in row.Stages)
        {
            writer.WriteStartObject();
            writer.WriteString("name", stage.Name);
            writer.WriteNumber("count", stage.Count);
            writer.WritePropertyName("rate");
            WriteValue(writer, stage.Rate);
            writer.WritePropertyName("stepRate");
            WriteValue(writer, stage.StepRate);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("valueWon");
        foreach (var amount in row.ValueWon)
        {
            writer.WriteStartObject();
            writer.WriteString("currency", amount.Currency);
            writer.WriteNumber("amount", amount.Amount);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteInstant(Utf8JsonWriter writer, string name, Instant? instant)
    {
        if (instant is { } value)
        {
            writer.WriteString(name, InstantPattern.ExtendedIso.Format(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case decimal number:
                writer.WriteNumberValue(ReportText.Normalise(number));
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var element in list)
                {
                    WriteValue(writer, element);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(ReportText.Format(value));
                break;
        }
    }
}
