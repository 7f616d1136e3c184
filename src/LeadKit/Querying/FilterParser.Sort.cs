using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadKit.Querying;

/// <content>Sort text, and lone field names and literals.</content>
public static partial class FilterParser
{
    private sealed partial class Parser
    {
        internal SortSpec ParseSort()
        {
            var keys = new List<SortKey>();
            string? after = null;
            while (true)
            {
                var token = _lexer.Next();
                if (token.Kind != FilterTokenKind.Word)
                {
                    throw Expected(after is null ? "Expected a field name" : $"Expected a field name after {after}", token);
                }

                var field = ParseField(token);
                if (!field.IsSortable)
                {
                    var why = field.IsMultiValued
                        ? "it holds several values"
                        : "the sortable fields are " + string.Join(", ", RecordField.BuiltIn.Where(f => f.IsSortable).Select(f => f.Name)) + " and custom fields";
                    throw Error($"Cannot sort by '{field.Name}': {why}", token, field);
                }

                if (keys.Any(k => k.Field == field))
                {
                    throw Error($"'{field.Name}' appears twice in the sort", token, field);
                }

                var direction = SortDirection.Ascending;
                if (_lexer.Peek().Kind == FilterTokenKind.Colon)
                {
                    _lexer.Next();
                    var word = _lexer.Next();
                    direction = word.IsWord("asc") ? SortDirection.Ascending
                        : word.IsWord("desc") ? SortDirection.Descending
                        : throw Expected("Expected 'asc' or 'desc' after ':'", word);
                }

                keys.Add(new SortKey(field, direction));
                var separator = _lexer.Next();
                if (separator.Kind == FilterTokenKind.End)
                {
                    return SortSpec.By(keys);
                }

                if (separator.Kind != FilterTokenKind.Comma)
                {
                    throw Expected($"Expected ',' or the end of the sort after '{keys[^1]}'", separator);
                }

                after = "','";
            }
        }

        internal RecordField ParseFieldOnly()
        {
            var token = _lexer.Next();
            if (token.Kind != FilterTokenKind.Word)
            {
                throw Expected("Expected a field name", token);
            }

            var field = ParseField(token);
            var end = _lexer.Next();
            return end.Kind == FilterTokenKind.End ? field : throw Expected($"Expected the end of the field name after '{field.Name}'", end);
        }

        internal FilterValue ParseLiteralOnly()
        {
            var (value, _) = ParseValue(null);
            var end = _lexer.Next();
            return end.Kind == FilterTokenKind.End ? value : throw Expected($"Expected the end of the value after {value}", end);
        }
    }
}
