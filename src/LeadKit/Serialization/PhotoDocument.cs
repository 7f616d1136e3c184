using LeadKit.Leads;

namespace LeadKit.Serialization;

/// <summary>The JSON shape of a <see cref="Photo"/>: <c>{"mediaType": "image/png", "content": "iVBORw0KGgo…"}</c> (the bytes in base64).</summary>
internal sealed class PhotoDocument : IDocument<PhotoDocument, Photo>
{
    public string? MediaType { get; set; }

    public byte[]? Content { get; set; }

    public static PhotoDocument From(Photo value) => new() { MediaType = value.MediaType, Content = value.Content.ToArray() };

    public Photo ToValue(DocumentPath path)
    {
        var mediaType = path.Property("mediaType").Required(MediaType);
        var content = path.Property("content").Required(Content);
        return path.Build(() => new Photo(content, mediaType));
    }
}
