using LeadKit.Leads;

namespace LeadKit.Tests.Domain;

public sealed class PhotoTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00];
    private static readonly byte[] Gif = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61];
    private static readonly byte[] Bmp = [0x42, 0x4D, 0x00];

    public static TheoryData<byte[], string> SupportedImages => new()
    {
        { Jpeg, "image/jpeg" },
        { Png, "image/png" },
        { Gif, "image/gif" },
        { Bmp, "image/bmp" },
    };

    [Theory]
    [MemberData(nameof(SupportedImages))]
    public void Constructor_SupportedTypeWithItsSignature_IsAccepted(byte[] content, string mediaType)
    {
        var photo = new Photo(content, mediaType);

        Assert.Equal(mediaType, photo.MediaType);
        Assert.Equal(content.Length, photo.Length);
        Assert.Equal(content, photo.Content.ToArray());
    }

    [Fact]
    public void Constructor_MediaType_IsTrimmedAndLowerCased()
    {
        Assert.Equal("image/png", new Photo(Png, " IMAGE/PNG ").MediaType);
    }

    [Fact]
    public void Constructor_CopiesTheBytes()
    {
        var bytes = (byte[])Jpeg.Clone();
        var photo = new Photo(bytes, "image/jpeg");

        bytes[0] = 0;

        Assert.Equal(0xFF, photo.Content.Span[0]);
    }

    [Fact]
    public void Constructor_ExactlyOneMebibyte_IsAccepted()
    {
        var content = new byte[Photo.MaxBytes];
        Jpeg.CopyTo(content, 0);

        Assert.Equal(1024 * 1024, new Photo(content, "image/jpeg").Length);
    }

    [Fact]
    public void Constructor_LargerThanOneMebibyte_IsRefusedWithTooLarge()
    {
        var content = new byte[Photo.MaxBytes + 1];
        Jpeg.CopyTo(content, 0);

        ValidationAssert.Single(() => new Photo(content, "image/jpeg"), "Length", "LeadKit.Photo.TooLarge");
    }

    [Fact]
    public void Constructor_Empty_IsRefusedWithEmpty()
    {
        ValidationAssert.Single(() => new Photo([], "image/png"), "Length", "LeadKit.Photo.Empty");
    }

    [Theory]
    [InlineData("image/jpeg")]
    [InlineData("image/gif")]
    [InlineData("image/bmp")]
    public void Constructor_BytesOfAnotherType_IsRefusedWithSignature(string mediaType)
    {
        ValidationAssert.Single(() => new Photo(Png, mediaType), "Content", "LeadKit.Photo.Signature");
    }

    [Fact]
    public void Constructor_TruncatedSignature_IsRefusedWithSignature()
    {
        ValidationAssert.Single(() => new Photo(Png.AsSpan(0, 4), "image/png"), "Content", "LeadKit.Photo.Signature");
    }

    [Theory]
    [InlineData("image/webp")]
    [InlineData("image/svg+xml")]
    [InlineData("text/plain")]
    [InlineData("")]
    [InlineData(null)]
    public void Constructor_UnsupportedMediaType_IsRefusedWithMediaType(string? mediaType)
    {
        ValidationAssert.Single(() => new Photo(Jpeg, mediaType!), "MediaType", "LeadKit.Photo.MediaType");
    }

    [Fact]
    public void SupportedMediaTypes_ListsTheFourFormats()
    {
        Assert.Equal(["image/bmp", "image/gif", "image/jpeg", "image/png"], Photo.SupportedMediaTypes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Equals_SameBytesAndType_IsEqual()
    {
        var a = new Photo(Jpeg, "image/jpeg");
        var b = new Photo(Jpeg, "IMAGE/JPEG");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new Photo([0xFF, 0xD8, 0xFF, 0x00], "image/jpeg"));
        Assert.Equal("image/jpeg, 6 bytes", a.ToString());
    }
}
