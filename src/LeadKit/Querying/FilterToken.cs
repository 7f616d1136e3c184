using System;

namespace LeadKit.Querying;

/// <summary>One token of filter or sort text, with its 1-based column and the text it was read from.</summary>
internal readonly record struct FilterToken(FilterTokenKind Kind, string Raw, int Column, object? Value = null)
{
    /// <summary>Whether the token is the given word (keywords are case-insensitive).</summary>
    internal bool IsWord(string word) => Kind == FilterTokenKind.Word && string.Equals(Raw, word, StringComparison.OrdinalIgnoreCase);
}
