namespace LeadKit.VCard.Syntax;

/// <summary>How a content line continues on the next physical lines.</summary>
internal enum LineKind
{
    /// <summary>Folding only: a continuation line starts with one space or tab, which is removed.</summary>
    Text = 0,

    /// <summary>Quoted-printable: a line ending in <c>=</c> continues on the next line, whatever it starts with.</summary>
    QuotedPrintable = 1,

    /// <summary>Base64: continuation lines may be indented by any white space, or not at all (2.1), and blank lines may sit between them.</summary>
    Base64 = 2,
}
