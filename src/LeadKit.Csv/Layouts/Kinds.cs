using System;
using System.Collections.Generic;

namespace LeadKit.Csv.Layouts;

/// <summary>Labels that programs write for e-mail, phone and address entries, and the kind keys they stand for (LeadKit's own kind names included).</summary>
internal static class Kinds
{
    internal static readonly IReadOnlyDictionary<string, string> Email = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Work"] = "business", ["Business"] = "business",
        ["Home"] = "personal", ["Personal"] = "personal",
        ["Other"] = "other",
    };

    internal static readonly IReadOnlyDictionary<string, string> Phone = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Work"] = "business", ["Business"] = "business", ["Business2"] = "business2", ["Work 2"] = "business2",
        ["Home"] = "home", ["Home2"] = "home2", ["Home 2"] = "home2",
        ["Mobile"] = "mobile", ["Work Mobile"] = "mobile", ["Cell"] = "mobile",
        ["Main"] = "primary", ["Primary"] = "primary",
        ["Home Fax"] = "homeFax", ["HomeFax"] = "homeFax",
        ["Work Fax"] = "businessFax", ["BusinessFax"] = "businessFax",
        ["Other Fax"] = "otherFax", ["OtherFax"] = "otherFax",
        ["Pager"] = "pager", ["Work Pager"] = "pager",
        ["Callback"] = "callback", ["Company Main"] = "companyMain", ["CompanyMain"] = "companyMain",
        ["ISDN"] = "isdn", ["Telex"] = "telex", ["Radio"] = "radio", ["Car"] = "car",
        ["Assistant"] = "assistant", ["TTY/TDD"] = "ttyTdd", ["TtyTdd"] = "ttyTdd",
        ["Other"] = "other", ["Google Voice"] = "other",
    };

    internal static readonly IReadOnlyDictionary<string, string> Address = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Work"] = "business", ["Business"] = "business",
        ["Home"] = "home",
        ["Other"] = "other",
    };
}
