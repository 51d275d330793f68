using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodePoint.Abstractions.Jobs;
using NodePoint.Modules.Guestbook.Data;

namespace NodePoint.Modules.Guestbook.Jobs;

/// <summary>Logs how many entries the guestbook holds; proves that module jobs run, and pause while the module is off.</summary>
internal sealed class GuestbookDigestJob(GuestbookDbContext db, ILogger<GuestbookDigestJob> logger) : IRecurringJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var count = await db.Entries.CountAsync(cancellationToken);
        logger.LogInformation("Guestbook digest: {Count} entries", count);
    }
}
