using System.Collections.Generic;
using System.Text.Json;
using LeadKit.Leads;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="Picklist"/>: an array of its entries, in order.</summary>
internal sealed class PicklistDocument : List<string>, IDocument<PicklistDocument, Picklist>
{
    public static JsonTokenType StartToken => JsonTokenType.StartArray;

    public static PicklistDocument From(Picklist value)
    {
        var document = new PicklistDocument();
        document.AddRange(value);
        return document;
    }

    public Picklist ToValue(DocumentPath path) => path.Build(() => new Picklist(this));
}
