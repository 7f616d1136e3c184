namespace LeadKit.VCard;

/// <summary>Why a vCard stream was refused (see <see cref="VCardFormatException"/>).</summary>
public enum VCardFormatError
{
    /// <summary>The stream holds text but no <c>BEGIN:VCARD</c> within the card-size limit: it is not a vCard file.</summary>
    NotAVCard = 0,

    /// <summary>A physical line is longer than <see cref="VCardReaderOptions.MaxLineLength"/>.</summary>
    LineTooLong = 1,

    /// <summary>A card is larger than <see cref="VCardReaderOptions.MaxCardSize"/>.</summary>
    CardTooLarge = 2,

    /// <summary>The stream holds more cards than <see cref="VCardReaderOptions.MaxCards"/>.</summary>
    TooManyCards = 3,

    /// <summary>An inline binary value (a photo, a key) decodes to more than <see cref="VCardReaderOptions.MaxBinaryValueBytes"/>.</summary>
    BinaryValueTooLarge = 4,
}
