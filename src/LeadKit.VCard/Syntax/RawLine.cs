namespace LeadKit.VCard.Syntax;

/// <summary>One physical line, one char per byte (the bytes are decoded later, by charset), and its 1-based number.</summary>
internal readonly record struct RawLine(string Text, int Number);
