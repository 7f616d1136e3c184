using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using LeadKit.CustomFields;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="CustomFieldSchema"/>: an array of definitions.</summary>
internal sealed class CustomFieldSchemaDocument : List<CustomFieldDefinitionDocument?>, IDocument<CustomFieldSchemaDocument, CustomFieldSchema>
{
    public static JsonTokenType StartToken => JsonTokenType.StartArray;

    public static CustomFieldSchemaDocument From(CustomFieldSchema value)
    {
        var document = new CustomFieldSchemaDocument();
        document.AddRange(value.Select(CustomFieldDefinitionDocument.From));
        return document;
    }

    public CustomFieldSchema ToValue(DocumentPath path)
    {
        var definitions = this.Select((d, i) => path.Index(i).Required(d).ToValue(path.Index(i))).ToList();
        return path.Build(() => new CustomFieldSchema(definitions));
    }
}
