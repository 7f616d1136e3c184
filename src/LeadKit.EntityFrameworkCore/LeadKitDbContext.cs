using System;
using System.Text;
using LeadKit.EntityFrameworkCore.Rows;
using LeadKit.EntityFrameworkCore.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace LeadKit.EntityFrameworkCore;

/// <summary>
/// The EF Core model of a LeadKit database: workspaces, users, custom-field definitions, leads
/// and business contacts (indexed columns plus the record as a JSON document), their filterable
/// child rows, history items and opportunities. <see cref="EfLeadKitStore"/> creates one per unit
/// of work; the schema itself is created and migrated by <see cref="EfLeadKitStore.InitializeAsync"/>
/// from versioned SQL scripts, not by EF Core migrations.
/// </summary>
internal sealed class LeadKitDbContext : DbContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="options">Options configured for SQLite or PostgreSQL (see <see cref="EfLeadKitStore"/>).</param>
    public LeadKitDbContext(DbContextOptions<LeadKitDbContext> options)
        : base(options)
    {
    }

    internal DbSet<WorkspaceRow> Workspaces => Set<WorkspaceRow>();

    internal DbSet<UserRow> Users => Set<UserRow>();

    internal DbSet<CustomFieldRow> CustomFields => Set<CustomFieldRow>();

    internal DbSet<LeadRow> Leads => Set<LeadRow>();

    internal DbSet<ContactRow> Contacts => Set<ContactRow>();

    internal DbSet<HistoryRow> History => Set<HistoryRow>();

    internal DbSet<OpportunityRow> Opportunities => Set<OpportunityRow>();

    private bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (IsSqlite)
        {
            // The same text forms the raw SQL paths write (see InstantText), so both sides agree.
            configurationBuilder.Properties<Guid>().HaveConversion<GuidTextConverter>();
            configurationBuilder.Properties<Instant>().HaveConversion<InstantTextConverter>();
            configurationBuilder.Properties<LocalDate>().HaveConversion<DateTextConverter>();
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
        }
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<WorkspaceRow>(e =>
        {
            e.ToTable("workspaces");
            e.HasKey(w => w.Id);
        });
        modelBuilder.Entity<UserRow>(e =>
        {
            e.ToTable("users");
            e.HasKey(u => u.Id);
            e.HasIndex(u => new { u.WorkspaceId, u.DisplayKey, u.Id }).HasDatabaseName("ix_users_workspace");
        });
        modelBuilder.Entity<CustomFieldRow>(e =>
        {
            e.ToTable("custom_fields");
            e.HasKey(c => new { c.WorkspaceId, c.RecordKind, c.NameKey });
        });
        modelBuilder.Entity<LeadRow>(e =>
        {
            e.ToTable("leads");
            e.HasKey(r => r.Id);
            e.Property(r => r.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<ContactRow>(e =>
        {
            e.ToTable("contacts");
            e.HasKey(r => r.Id);
            e.Property(r => r.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<EmailRow>(e =>
        {
            e.ToTable("record_emails");
            e.HasKey(r => new { r.RecordKind, r.RecordId, r.Position });
        });
        modelBuilder.Entity<PhoneRow>(e =>
        {
            e.ToTable("record_phones");
            e.HasKey(r => new { r.RecordKind, r.RecordId, r.Position });
        });
        modelBuilder.Entity<AddressRow>(e =>
        {
            e.ToTable("record_addresses");
            e.HasKey(r => new { r.RecordKind, r.RecordId, r.Position });
        });
        modelBuilder.Entity<CriterionRow>(e =>
        {
            e.ToTable("record_criteria");
            e.HasKey(r => new { r.RecordKind, r.RecordId, r.Position });
        });
        modelBuilder.Entity<CustomValueRow>(e =>
        {
            e.ToTable("record_custom_values");
            e.HasKey(r => new { r.RecordKind, r.RecordId, r.NameKey });
        });
        modelBuilder.Entity<HistoryRow>(e =>
        {
            e.ToTable("history_items");
            e.HasKey(r => r.Id);
            if (IsSqlite)
            {
                // 16-byte BLOBs on SQLite (migration 6), like ColumnType.Uuid on the raw paths.
                e.Property(r => r.Id).HasConversion<GuidBytesConverter>();
                e.Property(r => r.RecordId).HasConversion<GuidBytesConverter>();
            }
        });
        modelBuilder.Entity<OpportunityRow>(e =>
        {
            e.ToTable("opportunities");
            e.HasKey(r => r.Id);
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
                if (!IsSqlite && property.Name == nameof(RecordRow.Document))
                {
                    property.SetColumnType("json");
                }
            }
        }
    }

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private sealed class GuidTextConverter() : ValueConverter<Guid, string>(g => InstantText.FormatGuid(g), s => Guid.Parse(s));

    /// <summary>A GUID as its 16 bytes in RFC 4122 (big-endian) order, so byte order is GUID order (<see cref="ColumnType.Uuid"/>).</summary>
    private sealed class GuidBytesConverter() : ValueConverter<Guid, byte[]>(g => g.ToByteArray(true), b => GuidFromBytes(b))
    {
        private static Guid GuidFromBytes(byte[] bytes) => new(bytes, bigEndian: true);
    }

    private sealed class InstantTextConverter() : ValueConverter<Instant, string>(i => InstantText.Format(i), s => InstantText.Parse(s));

    private sealed class DateTextConverter() : ValueConverter<LocalDate, string>(d => InstantText.FormatDate(d), s => InstantText.ParseDate(s));
}
