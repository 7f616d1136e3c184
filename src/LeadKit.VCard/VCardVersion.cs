namespace LeadKit.VCard;

/// <summary>The vCard versions LeadKit reads and writes.</summary>
public enum VCardVersion
{
    /// <summary>vCard 2.1 (the versit specification): bare parameters, quoted-printable, <c>ENCODING=BASE64</c>.</summary>
    Version21 = 0,

    /// <summary>vCard 3.0 (RFC 2426): <c>TYPE=work,voice</c>, <c>ENCODING=b</c>, UTF-8.</summary>
    Version30 = 1,

    /// <summary>vCard 4.0 (RFC 6350): <c>PREF=1</c>, <c>data:</c> URIs, UTF-8 only.</summary>
    Version40 = 2,
}
