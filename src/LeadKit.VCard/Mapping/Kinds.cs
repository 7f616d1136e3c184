using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;

namespace LeadKit.VCard.Mapping;

/// <summary>
/// The kinds of e-mail addresses, phone numbers and postal addresses as vCard TYPE values, both ways.
/// LeadKit's phone kinds without a standard type are written as <c>x-</c> types (read back exactly);
/// other programs' types and Apple's <c>X-ABLabel</c> labels are read too.
/// </summary>
internal static class Kinds
{
    internal static string[] EmailTypes(EmailKind kind) => kind switch
    {
        EmailKind.Business => ["work"],
        EmailKind.Personal => ["home"],
        _ => [],
    };

    internal static EmailKind Email(VCardProperty property) =>
        property.HasType("work") ? EmailKind.Business
        : property.HasType("home") || property.HasType("personal") ? EmailKind.Personal
        : EmailKind.Other;

    internal static string[] AddressTypes(AddressKind kind) => kind switch
    {
        AddressKind.Business => ["work"],
        AddressKind.Home => ["home"],
        _ => [],
    };

    internal static AddressKind Address(VCardProperty property) =>
        property.HasType("work") ? AddressKind.Business : property.HasType("home") ? AddressKind.Home : AddressKind.Other;

    internal static string[] PhoneTypes(PhoneKind kind) => kind switch
    {
        PhoneKind.Business => ["work", "voice"],
        PhoneKind.Business2 => ["work", "voice", "x-business2"],
        PhoneKind.Home => ["home", "voice"],
        PhoneKind.Home2 => ["home", "voice", "x-home2"],
        PhoneKind.Mobile => ["cell", "voice"],
        PhoneKind.BusinessFax => ["work", "fax"],
        PhoneKind.HomeFax => ["home", "fax"],
        PhoneKind.OtherFax => ["fax"],
        PhoneKind.Pager => ["pager"],
        PhoneKind.Callback => ["x-callback"],
        PhoneKind.CompanyMain => ["work", "x-company-main"],
        PhoneKind.Isdn => ["isdn"],
        PhoneKind.Telex => ["x-telex"],
        PhoneKind.Radio => ["x-radio"],
        PhoneKind.Primary => ["x-primary"],
        PhoneKind.Car => ["car"],
        PhoneKind.Assistant => ["x-assistant"],
        PhoneKind.TtyTdd => ["textphone"],
        _ => [],
    };

    /// <summary>The phone kind of a TEL: LeadKit's own x- types first, then the standard types, then an Apple label, then work/home.</summary>
    internal static PhoneKind Phone(VCardProperty property, string? label)
    {
        var types = new HashSet<string>(property.Types.Select(t => t.Trim()), StringComparer.OrdinalIgnoreCase);
        bool Has(params string[] any) => any.Any(types.Contains);
        if (Has("x-business2"))
        {
            return PhoneKind.Business2;
        }

        if (Has("x-home2"))
        {
            return PhoneKind.Home2;
        }

        if (Has("x-callback", "callback"))
        {
            return PhoneKind.Callback;
        }

        if (Has("x-company-main"))
        {
            return PhoneKind.CompanyMain;
        }

        if (Has("x-telex", "telex", "tlx"))
        {
            return PhoneKind.Telex;
        }

        if (Has("x-radio", "radio"))
        {
            return PhoneKind.Radio;
        }

        if (Has("x-primary"))
        {
            return PhoneKind.Primary;
        }

        if (Has("x-assistant"))
        {
            return PhoneKind.Assistant;
        }

        if (Has("fax"))
        {
            return Has("work") ? PhoneKind.BusinessFax : Has("home") ? PhoneKind.HomeFax : PhoneKind.OtherFax;
        }

        if (Has("cell", "mobile", "iphone"))
        {
            return PhoneKind.Mobile;
        }

        if (Has("pager"))
        {
            return PhoneKind.Pager;
        }

        if (Has("car"))
        {
            return PhoneKind.Car;
        }

        if (Has("isdn"))
        {
            return PhoneKind.Isdn;
        }

        if (Has("textphone", "tty", "tdd"))
        {
            return PhoneKind.TtyTdd;
        }

        if (LabelKind(label) is { } fromLabel)
        {
            return fromLabel;
        }

        return Has("work") ? PhoneKind.Business : Has("home") ? PhoneKind.Home : PhoneKind.Other;
    }

    /// <summary>The phone kind an Apple label names (<c>_$!&lt;AssistantPhone&gt;!$_</c>), or <see langword="null"/>.</summary>
    internal static PhoneKind? LabelKind(string? label) => label?.Trim() switch
    {
        "_$!<AssistantPhone>!$_" => PhoneKind.Assistant,
        "_$!<Main>!$_" => PhoneKind.Primary,
        "_$!<Mobile>!$_" => PhoneKind.Mobile,
        "_$!<Pager>!$_" => PhoneKind.Pager,
        "_$!<HomeFAX>!$_" => PhoneKind.HomeFax,
        "_$!<WorkFAX>!$_" => PhoneKind.BusinessFax,
        "_$!<OtherFAX>!$_" => PhoneKind.OtherFax,
        _ => null,
    };
}
