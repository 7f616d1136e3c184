namespace LeadKit.Email;

/// <summary>Where a lead draft's name came from.</summary>
public enum NameSource
{
    /// <summary>The sender's display name (<c>Ann Lee</c> in <c>Ann Lee &lt;ann@example.com&gt;</c>).</summary>
    DisplayName = 0,

    /// <summary>
    /// The address's local part (<c>ann.lee</c> → <c>Ann Lee</c>), because the sender had no usable
    /// display name: a guess the user should check.
    /// </summary>
    AddressLocalPart = 1,
}
