using FsCheck;
using FsCheck.Fluent;

namespace LeadKit.VCard.Tests;

/// <summary>Generators of cards (any property the model holds) and of garbage, for the property tests.</summary>
internal static class VCardGenerators
{
    private static readonly string[] TextNames = ["FN", "NOTE", "TITLE", "EMAIL", "TEL", "ROLE", "X-CUSTOM", "X-MS-OL-DESIGN", "UID", "LABEL"];
    private static readonly string[] ParameterNames = ["LANGUAGE", "X-PARAM", "PREF", "PID", "LABEL", "ALTID", "SORT-AS"];
    private static readonly string[] TypeValues = ["work", "HOME", "voice", "cell", "x-business2", "pref", "INTERNET", "a b", "x:y", "semi;colon", "quote\"d", "caret^n", ""];
    private static readonly string[] MediaTypes = ["image/jpeg", "image/png", "image/gif", "application/pgp-keys", "application/octet-stream"];

    /// <summary>Any text without CR (line breaks are LF in the model) or lone surrogates; tokens that trip up the syntax are likely.</summary>
    internal static Gen<string> Text()
    {
        var tricky = Gen.Elements("\\", ";", ",", ":", "\n", "\t", "\"", "^", "^n", "^'", "=", "=0D", " ", "  ", "é", "東京", "😀", "\\n", "BEGIN:VCARD", "END:VCARD", "data:", "a", "Zoë", "\u0001", "\u00A0");
        var plain = ArbMap.Default.GeneratorFor<string>().Select(s => s is null ? string.Empty : Clean(s));
        return Gen.Frequency(
            (3, Gen.ListOf(tricky).Select(string.Concat)),
            (2, plain),
            (1, Gen.Choose(60, 400).Select(n => new string('w', n))));
    }

    internal static Gen<VCardParameter> Parameter() =>
        Gen.Frequency(
            (2, from values in Gen.NonEmptyListOf(Gen.Elements(TypeValues)) select new VCardParameter("TYPE", values)),
            (1, from name in Gen.Elements(ParameterNames)
                from values in Gen.NonEmptyListOf(Text())
                select new VCardParameter(name, values)));

    internal static Gen<VCardProperty> Property()
    {
        var groups = Gen.Frequency((4, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>("item1", "g-2", "A_b")));
        var parameters = Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(Parameter(), n));
        var text =
            from name in Gen.Elements(TextNames)
            from value in Text()
            from p in parameters
            from g in groups
            select VCardProperty.Text(name, value, p, g);
        var structured =
            from name in Gen.Elements("N", "ADR", "ORG", "CATEGORIES", "NICKNAME")
            from count in name switch { "N" => Gen.Constant(5), "ADR" => Gen.Constant(7), "ORG" => Gen.Choose(1, 3), _ => Gen.Constant(1) }
            from components in Gen.ListOf(name is "ORG" ? Text().Select(v => new[] { v }) : Gen.NonEmptyListOf(Text()).Select(l => l.ToArray()), count)
            from p in parameters
            from g in groups
            select VCardProperty.Structured(name, components, p, g);
        var binary =
            from name in Gen.Elements("PHOTO", "KEY", "LOGO", "X-BLOB")
            from data in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))
            from mediaType in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements(MediaTypes).Select(m => (string?)m))
            from p in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(Parameter(), n))
            select VCardProperty.Binary(name, data, mediaType, p.Where(x => x.Name != "TYPE" || mediaType is null && name == "X-BLOB"));
        return Gen.Frequency((5, text), (3, structured), (1, binary));
    }

    internal static Gen<VCard> Card(VCardVersion version) =>
        Gen.ListOf(Property()).Select(properties => new VCard(version, properties));

    /// <summary>Text that looks like vCard: its tokens in any order.</summary>
    internal static Gen<string> Soup() =>
        Gen.ListOf(Gen.Elements(
                "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:4.0", "\r\n", "\n", "\r", "\r\r\n", " ", "\t", ":", ";", ",", "=", "\"", "^", "\\",
                "N:", "FN:", "PHOTO;ENCODING=BASE64:", "PHOTO:data:image/jpeg;base64,", "/9j/4AAQ", "====", "ENCODING=QUOTED-PRINTABLE", "=0D=0A", "=C3=",
                "TYPE=", "TYPE=\"work,voice\"", "CHARSET=utf-16", "CHARSET=nope", "item1.", "EMAIL:", "a@b.c", "TEL:tel:+1;ext=2", "ADR:;;x;;;;", "é", "\u0000", "X-"))
            .Select(string.Concat);

    private static string Clean(string s)
    {
        var chars = s.Replace("\r", string.Empty, StringComparison.Ordinal).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '?';
            }
        }

        return new string(chars);
    }
}
