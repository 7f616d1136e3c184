namespace LeadKit.VCard;

/// <summary>What kind of thing the card-to-lead mapping reports.</summary>
public enum VCardMappingIssueKind
{
    /// <summary>A property (or part of one, such as ORG's department) has no place in a lead; it was not taken.</summary>
    Unmapped = 0,

    /// <summary>A property's value is not valid for its lead field (an invalid e-mail address, a phone number without digits, a photo that is not an image); it was not taken.</summary>
    InvalidValue = 1,

    /// <summary>The reader tolerated something in the card (see <see cref="VCard.Issues"/>).</summary>
    Unreadable = 2,

    /// <summary>The card has no usable N or FN: the lead's name was taken from another property (ORG, EMAIL or TEL).</summary>
    NameDerived = 3,

    /// <summary>The card has nothing a name can be made of: no lead was made.</summary>
    NoName = 4,
}
