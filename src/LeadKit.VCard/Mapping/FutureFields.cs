using System;
using System.Collections.Generic;

namespace LeadKit.VCard.Mapping;

/// <summary>What the properties a lead has no field for hold, for the Unmapped messages of <see cref="VCardLeadMapping.ToLead"/> (the names of mapped properties are here for their extra or unusable values).</summary>
internal static class FutureFields
{
    private static readonly Dictionary<string, string> Hints = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NICKNAME"] = "the nickname",
        ["BDAY"] = "the birthday",
        ["ANNIVERSARY"] = "the anniversary",
        ["X-ANNIVERSARY"] = "the anniversary",
        ["X-MS-ANNIVERSARY"] = "the anniversary",
        ["X-ABDATE"] = "a date (Apple; the label says which)",
        ["X-SPOUSE"] = "the spouse's name",
        ["X-MS-SPOUSE"] = "the spouse's name",
        ["X-ABRELATEDNAMES"] = "a related person (Apple; the label says which)",
        ["RELATED"] = "a related person",
        ["IMPP"] = "an instant-messaging address",
        ["X-MS-IMADDRESS"] = "an instant-messaging address",
        ["X-AIM"] = "an instant-messaging address",
        ["X-ICQ"] = "an instant-messaging address",
        ["X-JABBER"] = "an instant-messaging address",
        ["X-MSN"] = "an instant-messaging address",
        ["X-YAHOO"] = "an instant-messaging address",
        ["X-SKYPE"] = "an instant-messaging address",
        ["X-GTALK"] = "an instant-messaging address",
        ["X-MS-MANAGER"] = "the manager's name",
        ["X-MS-ASSISTANT"] = "the assistant's name",
        ["ROLE"] = "the role or profession",
        ["CATEGORIES"] = "categories",
        ["GENDER"] = "the gender",
        ["LABEL"] = "a formatted address label",
        ["KEY"] = "a public key or certificate",
        ["FBURL"] = "a free/busy URL",
        ["UID"] = "the card's unique identifier",
        ["REV"] = "the card's revision time",
        ["PRODID"] = "the program that wrote the card",
    };

    internal static string Describe(string propertyName) =>
        Hints.TryGetValue(propertyName, out var hint)
            ? $"{propertyName} ({hint}) has no place in a lead."
            : $"{propertyName} has no place in a lead.";
}
