using LeadKit.Contacts;
using LeadKit.Leads;

namespace LeadKit.Tests.Domain;

public sealed class RecordReferenceTests
{
    [Fact]
    public void To_Lead_RefersToALead()
    {
        var id = LeadId.New();

        var reference = RecordReference.To(id);

        Assert.Equal(RecordKind.Lead, reference.Kind);
        Assert.Equal(id.Value, reference.Id);
        Assert.Equal($"Lead:{id.Value:D}", reference.ToString());
    }

    [Fact]
    public void To_Contact_RefersToABusinessContact()
    {
        var id = ContactId.New();

        var reference = RecordReference.To(id);

        Assert.Equal(RecordKind.BusinessContact, reference.Kind);
        Assert.Equal(id.Value, reference.Id);
    }

    [Fact]
    public void Constructor_UnknownKind_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordReference((RecordKind)5, Guid.NewGuid()));
    }

    [Fact]
    public void Constructor_EmptyId_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordReference(RecordKind.Lead, Guid.Empty));
    }

    [Fact]
    public void Equals_SameKindAndId_IsEqual()
    {
        var guid = Guid.NewGuid();

        Assert.Equal(new RecordReference(RecordKind.Lead, guid), RecordReference.To(new LeadId(guid)));
        Assert.NotEqual(RecordReference.To(new LeadId(guid)), RecordReference.To(new ContactId(guid)));
    }
}
