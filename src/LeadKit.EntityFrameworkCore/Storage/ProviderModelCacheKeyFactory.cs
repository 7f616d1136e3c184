using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LeadKit.EntityFrameworkCore.Storage;

/// <summary>Caches one model per provider: the SQLite model converts GUIDs, instants and decimals to text and REAL, the PostgreSQL one does not.</summary>
internal sealed class ProviderModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => (context.GetType(), context.Database.ProviderName, designTime);
}
